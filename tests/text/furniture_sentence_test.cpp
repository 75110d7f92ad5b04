// Furniture by its own words: hand-written labels, promos and credits in
// each language, and prose that shares some of their words.
#include "text/furniture_sentence.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(FurnitureSentence, SeeAlsoAndRelatedRunsInEachLanguage) {
  for (const char* s : {
           "See also: Harbour pier closes after the storm",
           "SEE ALSO Harbour pier closes after the storm",
           "Related stories Harbour pier closes after the storm Mayor visits the port",
           "Read more: the harbour board's report on the pier",
           "Ver tambi\xC3\xA9n: Especial Temporal en Carrowmouth",
           "M\xC3\xA1s informaci\xC3\xB3n: el informe del puerto",
           "Lire aussi : Le port de Carrowmouth ferm\xC3\xA9 apr\xC3\xA8s la temp\xC3\xAAte",
           "\xC3\x80 lire aussi Le port de Carrowmouth ferm\xC3\xA9",
           "LIRE AUSSI\xC2\xA0: Le port de Carrowmouth ferm\xC3\xA9",
           "\xC2\xBB Lire aussi : Le port de Carrowmouth ferm\xC3\xA9",
           "VER TAMBI\xC3\x89N: Especial Temporal en Carrowmouth",
           "M\xC3\x81S INFORMACI\xC3\x93N: el informe del puerto",
           "Leggi anche: Il porto di Carrowmouth chiuso dopo la tempesta",
       }) {
    SCOPED_TRACE(s);
    EXPECT_TRUE(is_furniture_sentence(s));
  }
}

TEST(FurnitureSentence, SeriesPromosInEachLanguage) {
  for (const char* s : {
           "This post is part of our special coverage of the Carrowmouth storm.",
           "Este post es parte de nuestra cobertura especial Temporal en Carrowmouth.",
           "Ce billet fait partie de notre dossier sur la temp\xC3\xAAte \xC3\xA0 Carrowmouth.",
           "Ce billet fait partie du dossier sp\xC3\xA9" "cial sur la temp\xC3\xAAte de 2011.",
           "Questo post fa parte della nostra copertura speciale sulla tempesta.",
       }) {
    SCOPED_TRACE(s);
    EXPECT_TRUE(is_furniture_sentence(s));
  }
}

TEST(FurnitureSentence, AHeadlineRunIntoTheCreditThatEndsIt) {
  for (const char* s : {
           "Carrowmouth vota en calma tras una semana de temporal Foto: EFE, Ana Ruiz",
           "Fishing boats stay in the harbour Photograph: Lena Ortiz/Meridian",
           "(Foto: EFE, Ana Ruiz)",
           "El alcalde visita el puerto tras el temporal. - FOTO: EFE",
           "Le port de Carrowmouth apr\xC3\xA8s la temp\xC3\xAAte Photo : J. Reid / Meridian",
       }) {
    SCOPED_TRACE(s);
    EXPECT_TRUE(is_furniture_sentence(s));
  }
}

TEST(FurnitureSentence, AWidgetPostDatedBeforeItsButton) {
  EXPECT_TRUE(is_furniture_sentence("ly/Q4xZ7 9:32 am ET March 3, 2024 RETWEET Harbour board meets on Sunday"));
  EXPECT_FALSE(is_furniture_sentence("Fans were urged to RETWEET the harbour board's appeal for volunteers."));
  EXPECT_FALSE(is_furniture_sentence("Users can retweet the harbour board's warnings (or reply to them)."));
}

TEST(FurnitureSentence, ATeaserCutShort) {
  EXPECT_TRUE(is_furniture_sentence("A harbour crew on Monday lowered a cap into the water and put it through un ..."));
  EXPECT_TRUE(is_furniture_sentence("Casos de gripe por zonas y evoluci\xC3\xB3n de ... "));
  EXPECT_FALSE(is_furniture_sentence("The mayor paused and said he would wait and see..."));
  EXPECT_FALSE(is_furniture_sentence("He said: \"We will ... rebuild the pier.\""));
}

TEST(FurnitureSentence, AFactBoxRunIntoOneLine) {
  EXPECT_TRUE(is_furniture_sentence("Born: March 3, 1950, Carrowmouth Also known as: The Harbour King Best known for: the pier"));
  EXPECT_TRUE(is_furniture_sentence("Mayor: Pier will reopen Harbour master: Cracks are small Council: No money yet"));
  EXPECT_FALSE(is_furniture_sentence("Update: the harbour board said on Monday that the pier would reopen."));
  EXPECT_FALSE(is_furniture_sentence("The mayor said: \"We will reopen the pier\", and added: \"soon\"."));
  // Two speakers, in any language, are prose.
  EXPECT_FALSE(is_furniture_sentence("Reid put it bluntly: the pier is closed, and Ortiz agreed: it is."));
  EXPECT_FALSE(is_furniture_sentence("El ministro dijo: no habr\xC3\xA1 rescate, y Ruiz dijo: tampoco."));
  // Long input is read without a regular expression, and is no box.
  std::string long_sentence = "Note: ";
  for (int i = 0; i < 4000; ++i) long_sentence += "and the minister spoke again ";
  long_sentence += "Also: x Then: y";
  EXPECT_FALSE(is_furniture_sentence(long_sentence));
}

TEST(FurnitureSentence, ProseThatNamesAPhotoOrASeriesIsKept) {
  for (const char* s : {
           "See the harbour master's report for the figures, the mayor said on Monday.",
           "Related to the storm, the board closed the pier for a week.",
           "Related stories of damage have come in from the whole coast.",
           "This report is part of the evidence the harbour board will weigh.",
           "More: the board said it would cut 200 jobs.",
           "Voir aussi la d\xC3\xA9" "claration du maire, qui a appel\xC3\xA9 au calme.",
           "She described the picture: \"It is heartbreaking.\"",
           "The storm struck just before dawn (05:42)",
           "More than 200 boats stayed in the harbour on Monday.",
           "This article was corrected on Monday to give the right date of the storm.",
           "The board showed one photo: a crack running down the pier's main pile.",
           "Este puerto es parte de la historia de Carrowmouth, dijo el alcalde.",
           "Le maire a montr\xC3\xA9 une photo : la jet\xC3\xA9" "e fissur\xC3\xA9" "e.",
           "El alcalde no ha descartado cerrar el puerto otra semana (Foto: EFE, Ana Ruiz)",
           "",
       }) {
    SCOPED_TRACE(s);
    EXPECT_FALSE(is_furniture_sentence(s));
  }
}

}  // namespace
}  // namespace annals::text
