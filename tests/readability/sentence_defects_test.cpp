// Each sentence-level defect class with hand-written examples (fictional
// names and places) in English, Spanish, French and Italian, and news
// sentences of the same shape that must not be flagged.
#include "readability/sentence_defects.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace annals::readability {
namespace {

using Examples = std::vector<std::string>;

const Examples kPlainNews = {
    "Engineers at the Carrowmouth dam said on Tuesday the spillway had held through the night.",
    "El gobierno de Meridia anunció el martes un plan para reparar la presa antes del invierno.",
    "Le ministre a promis mardi une enquête indépendante sur la rupture du barrage de Valmont.",
    "Il sindaco di Borgonero ha detto che le scuole resteranno chiuse fino a lunedì.",
    "By Tuesday evening, the water had reached the first houses of the valley.",
    "By March the inquiry had heard from forty witnesses, including two former directors.",
    "Por la tarde, los vecinos volvieron a sus casas después de la evacuación.",
    "Par ailleurs, les pompiers ont évacué deux cents habitants du quartier.",
    "Residents photographed the cracked wall and shared the pictures with the inquiry.",
    "The company said it would subscribe to the new safety code within a month.",
};

TEST(BoilerplateTest, FlagsBylinesInEachLanguage) {
  for (const std::string& s : Examples{"By Jane Roe, Science Correspondent",
                                       "By the Meridian Wire Staff NEW: Dam inspectors arrive",
                                       "By Tomas Keel and Anna Brill",
                                       "Reporting by Ivo Marsh; Editing by Lea Trent",
                                       "Por Ana Ruiz Beltrán, enviada especial",
                                       "Redacción: Meridia Noticias",
                                       "Par Jean Valmont, envoyé spécial",
                                       "Di Marco Ferri e Lucia Neri"})
    EXPECT_TRUE(is_boilerplate(s)) << s;
}

TEST(BoilerplateTest, FlagsCreditsAndCaptions) {
  for (const std::string& s : Examples{"Photograph: Ian Pell/Meridian",
                                       "Rescuers walk along the dam wall. Photo: Getty Images",
                                       "Foto: Agencia Meridia",
                                       "Fotografía: Luis Mar",
                                       "Crédit photo : Jean Valmont",
                                       "Vidéo : les images du barrage",
                                       "Immagine: Paolo Riva",
                                       "Click to enlarge"})
    EXPECT_TRUE(is_boilerplate(s)) << s;
}

TEST(BoilerplateTest, FlagsRightsStampsShareLinksRelatedRunsAndPromos) {
  for (const std::string& s : Examples{"Copyright 2025 Meridian News. All rights reserved.",
                                       "© 2025 Diario de Meridia",
                                       "Todos los derechos reservados.",
                                       "Tous droits réservés",
                                       "Riproduzione riservata",
                                       "Page last updated at 10:04 GMT, Tuesday, 4 March 2025",
                                       "Dernière mise à jour le 4 mars",
                                       "Share this story on Facebook",
                                       "E-mail this to a friend",
                                       "Compartir en redes",
                                       "Abonnez-vous à notre lettre",
                                       "Condividi su Facebook",
                                       "Related stories: Dam fears grow",
                                       "See also: the valley in pictures",
                                       "Lea también: la presa",
                                       "Lire aussi : le barrage",
                                       "Leggi anche: la diga",
                                       "Este post es parte de nuestra cobertura especial sobre la presa.",
                                       "Cet article fait partie de notre dossier sur le barrage.",
                                       "This article is part of our series on dams.",
                                       "Questo articolo fa parte dello speciale sulla diga."})
    EXPECT_TRUE(is_boilerplate(s)) << s;
}

TEST(BoilerplateTest, FlagsHighlightBulletsRunTogether) {
  EXPECT_TRUE(is_boilerplate("* Dam wall cracks * Valley evacuated * Inquiry opens"));
  EXPECT_TRUE(is_boilerplate("NEW: Inspectors reach the spillway"));
}

TEST(BoilerplateTest, LeavesNewsSentencesAlone) {
  for (const std::string& s : kPlainNews) EXPECT_FALSE(is_boilerplate(s)) << s;
}

TEST(WireDatelineTest, FlagsDatelinesInEachLanguage) {
  for (const std::string& s : Examples{"CARROWMOUTH, March 6 (Meridian) - The dam held.",
                                       "VENICE, Louisiana (Reuters) - Crews worked overnight.",
                                       "MADRID, 6 Mar. (EUROPA PRESS) - El Gobierno aprobó el plan.",
                                       "El Cairo, 12 feb (EFE).- Miles de personas marcharon.",
                                       "TRIPOLI, 6 mars (AFP) - Les combats ont repris.",
                                       "ROMA, 3 marzo (ANSA) - Il governo ha approvato il piano.",
                                       "Storm hits coast WASHINGTON (AP) -- Officials said"})
    EXPECT_TRUE(has_wire_dateline(s)) << s;
}

TEST(WireDatelineTest, LeavesBracketsInTheTextAlone) {
  for (const std::string& s : kPlainNews) EXPECT_FALSE(has_wire_dateline(s)) << s;
  EXPECT_FALSE(has_wire_dateline("The agency (which runs the dam) said it was safe."));
  EXPECT_FALSE(has_wire_dateline("The United Nations (UN) sent two inspectors."));
}

TEST(GluedFurnitureTest, FlagsStampsAndCreditsInsideASentence) {
  for (const std::string& s : Examples{
           "Dam fears grow Engineers warn of cracks Tuesday 4 March 2025 08.06 GMT A crew inspects the wall",
           "CARROWMOUTH | Tue Mar 4, 2025 10:19 pm BST CARROWMOUTH - The dam held",
           "Crews inspect the spillway. Photograph: Ian Pell/Meridian The inquiry opens today",
           "La presa resiste Actualizado: 4/03/2025 los vecinos vuelven",
           "Le barrage tient Mis à jour 4 mars 2025 les habitants rentrent"})
    EXPECT_TRUE(is_glued_furniture(s)) << s;
}

TEST(GluedFurnitureTest, LeavesTimesOfDayInTheNewsAlone) {
  for (const std::string& s : kPlainNews) EXPECT_FALSE(is_glued_furniture(s)) << s;
  EXPECT_FALSE(is_glued_furniture("The gates were opened at 10.30 on Tuesday morning."));
  EXPECT_FALSE(is_glued_furniture("La réunion commence à 10h30 à la mairie de Valmont."));
}

TEST(HalfQuotationTest, FlagsQuoteMarksThatDoNotPairUp) {
  EXPECT_TRUE(is_half_quotation("\"The mill did not run this dam."));
  EXPECT_TRUE(is_half_quotation("The council did,\" he said on Monday."));
  EXPECT_TRUE(is_half_quotation("\u201CThe road is shut to every car until Friday."));
  EXPECT_TRUE(is_half_quotation("\u00AB Le pont est ferm\u00E9 jusqu'\u00E0 vendredi."));
  EXPECT_FALSE(is_half_quotation("\"We did not run it. The council did,\" he said."));
  EXPECT_FALSE(is_half_quotation("\u201CIt is shut,\u201D the mayor said, \u201Cuntil Friday.\u201D"));
  EXPECT_FALSE(is_half_quotation("\u00ABNo hubo aviso\u00BB, dijo la alcaldesa."));
  for (const std::string& s : kPlainNews) EXPECT_FALSE(is_half_quotation(s)) << s;
}

TEST(LengthTest, OverlongIsAboveSixtyWordsAndAFragmentBelowSix) {
  std::string words;
  for (int i = 0; i < 60; ++i) words += "word ";
  EXPECT_FALSE(is_overlong(words));
  EXPECT_TRUE(is_overlong(words + "more"));
  EXPECT_TRUE(is_fragment("Dam cracks."));
  EXPECT_TRUE(is_fragment("What is the dam inquiry?"));
  EXPECT_FALSE(is_fragment("The dam inquiry opened on Tuesday."));
  EXPECT_FALSE(is_overlong(kPlainNews[0]));
}

}  // namespace
}  // namespace annals::readability
