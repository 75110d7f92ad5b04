#include "text/glued_headline.h"

#include <gtest/gtest.h>

#include "text/sentence_proper.h"

namespace annals::text {
namespace {

struct GluedCase {
  const char* language;
  const char* sentence;
  const char* headline;  // "" when what is cut is no headline (a byline, a stamp)
  const char* lead;      // what is left to read
};

// Hand-written in the shapes of pages whose first line runs headline,
// caption and lead together; no news text.
const GluedCase kGlued[] = {
    {"en", "Harbour pier to close for repairs The harbour board said on Monday that the old pier would close.",
     "Harbour pier to close for repairs", "The harbour board said on Monday that the old pier would close."},
    // A caption between headline and lead goes with the headline.
    {"en",
     "Dam inquiry widens to three engineers A crowd gathered on the bank after the dam failed The inquiry "
     "into the dam will question three engineers next week.",
     "Dam inquiry widens to three engineers", "The inquiry into the dam will question three engineers next week."},
    {"en", "Valley floods leave towns cut off A 23-month-old boy was rescued from a roof by the crew of a boat.",
     "Valley floods leave towns cut off", "A 23-month-old boy was rescued from a roof by the crew of a boat."},
    // A title-cased headline: its capitalised "On" and "As" are no joint.
    {"en", "Council Left On the Sidelines As Board Takes Swift Action The board voted to close the pier within days.",
     "Council Left On the Sidelines As Board Takes Swift Action", "The board voted to close the pier within days."},
    {"en", "Pier repairs 'going as planned' On the day the pier closed, the board promised repairs within a month.",
     "Pier repairs 'going as planned'", "On the day the pier closed, the board promised repairs within a month."},
    // Not every capitalised "In" is a joint: the title-cased words after it
    // say the headline goes on.
    {"en",
     "A Harbour Board In the Dark Is as Old as the Pier The debate over the pier went on for days in the town.",
     "A Harbour Board In the Dark Is as Old as the Pier", "The debate over the pier went on for days in the town."},
    // Bylines and blog stamps are cut but are no headline.
    {"en", "By Ana Ruiz Science reporter, Valley News The old dam had been inspected twice since the spring.", "",
     "The old dam had been inspected twice since the spring."},
    {"en", "(By Lena Ortiz -- Valley Press) The facade of the town hall, where the pier board met on Monday.", "",
     "The facade of the town hall, where the pier board met on Monday."},
    {"en", "Lena Ortiz | 17:45 UK time, Wednesday, 29 April 2009 We are recording the first show of the pier series.",
     "", "We are recording the first show of the pier series."},
    {"en", "Pier talks end By Ana Ruiz The board voted on Monday to close the old pier for repairs.", "",
     "The board voted on Monday to close the old pier for repairs."},
    {"es", "El puerto cierra el muelle viejo La junta del puerto anunci\xC3\xB3 el lunes el cierre del muelle.",
     "El puerto cierra el muelle viejo", "La junta del puerto anunci\xC3\xB3 el lunes el cierre del muelle."},
    {"fr", "Le port ferme la vieille jet\xC3\xA9""e Les inspecteurs ont trouv\xC3\xA9 des fissures dans deux piliers.",
     "Le port ferme la vieille jet\xC3\xA9""e", "Les inspecteurs ont trouv\xC3\xA9 des fissures dans deux piliers."},
    {"it", "Il porto chiude il molo vecchio La giunta del porto ha annunciato luned\xC3\xAC la chiusura.",
     "Il porto chiude il molo vecchio", "La giunta del porto ha annunciato luned\xC3\xAC la chiusura."},
    // A caption run into a lead that opens with a count.
    {"en", "Boats wait below the closed pier About 300 people were moved from the harbour front on Monday.",
     "Boats wait below the closed pier", "About 300 people were moved from the harbour front on Monday."},
    {"en", "Harbour pier to close for repairs Two new cracks were found in the piles of the old pier this week.",
     "Harbour pier to close for repairs", "Two new cracks were found in the piles of the old pier this week."},
    {"es", "El puerto cierra el muelle viejo Miles de personas protestaron el lunes frente a la junta.",
     "El puerto cierra el muelle viejo", "Miles de personas protestaron el lunes frente a la junta."},
    {"en", "Storm closes the harbour road in Carrowmouth Thousands of people were told to stay indoors on Monday.",
     "Storm closes the harbour road in Carrowmouth", "Thousands of people were told to stay indoors on Monday."},
    // After a capital, a count followed by "more" or "new" opens the lead.
    {"en", "Flu case confirmed in the UK Two more people were taken to hospital in Carrowmouth on Monday.",
     "Flu case confirmed in the UK", "Two more people were taken to hospital in Carrowmouth on Monday."},
    {"en", "Flu cases close pier school Another nine cases were confirmed in Carrowmouth on Monday.",
     "Flu cases close pier school", "Another nine cases were confirmed in Carrowmouth on Monday."},
    {"en", "Pier inspection ordered by Carrowmouth Council Three new cracks were found in the piles this week.",
     "Pier inspection ordered by Carrowmouth Council", "Three new cracks were found in the piles this week."},
    // A count inside the lead after a real joint: the cut stays at the joint.
    {"en", "Harbour pier to close for repairs The board said on Monday that the sitcom Two and a Half Men would film "
           "at the pier next month.",
     "Harbour pier to close for repairs",
     "The board said on Monday that the sitcom Two and a Half Men would film at the pier next month."},
    {"it", "Il porto chiude il molo vecchio Migliaia di persone hanno lasciato il porto luned\xC3\xAC sera.",
     "Il porto chiude il molo vecchio", "Migliaia di persone hanno lasciato il porto luned\xC3\xAC sera."},
    // A count that ends a title-cased headline does not hide the joint after it.
    {"en", "Harbour Board Forms a Committee of Three The board named three members to run the pier inquiry.",
     "Harbour Board Forms a Committee of Three", "The board named three members to run the pier inquiry."},
};

TEST(GluedHeadlineTest, HeadlineAndCaptionAreCutBeforeTheLead) {
  for (const GluedCase& c : kGlued) {
    SCOPED_TRACE(c.sentence);
    const auto glued = find_glued_headline(c.sentence, c.language);
    ASSERT_TRUE(glued.has_value());
    EXPECT_EQ(glued->headline, c.headline);
    EXPECT_EQ(std::string_view(c.sentence).substr(glued->lead_begin), c.lead);
  }
}

struct KeptCase {
  const char* language;
  const char* sentence;
};

// Capitalised openers inside a sentence that are no joint.
const KeptCase kKept[] = {
    // a name: the next word is capitalised
    {"en", "The mayor told The Valley Courier that the pier would close on Monday for repairs."},
    {"es", "Las protestas en El Cairo continuaron el lunes frente al ministerio del puerto."},
    {"fr", "Les manifestants se sont rassembl\xC3\xA9s au Caire devant Le Monde et le minist\xC3\xA8re."},
    // a letter that labels a noun
    {"en", "Tests showed the girl had a type A influenza virus that spread through the school in days."},
    // after a colon, or a colon and an opening quotation
    {"en", "The board said in a statement: The pier will close on Monday for repairs to two piles."},
    {"en", "The board chair said:\" This is a good day for the harbour and the town\" and left the hall."},
    // a title-cased phrase
    {"en", "The band played In The Air at the harbour festival before the pier was closed for repairs."},
    // a preposition before a number ends a title-cased headline
    {"en", "Valley Jobs Report Says Work Will Fall for First Time Since 1940s Job seekers queued outside the hall."},
    // after a word that needs what follows: a name or a work's title
    {"es", "Garc\xC3\xAD" "a, autor de El amor en los tiempos del c\xC3\xB3lera, muri\xC3\xB3 el jueves en su casa."},
    {"es", "Los pa\xC3\xADses de Europa del Este han pedido a Bruselas m\xC3\xA1s ayuda para el invierno."},
    {"it", "Roberto Benigni, regista di La vita \xC3\xA8 bella, ha detto ieri che torner\xC3\xA0 presto al cinema."},
    // a letter or "An" that ends a name
    {"en", "The striker has left the Serie A club after a season of injuries and rows with the coach."},
    {"en", "Tourists flocked to the old town of Hoi An on Saturday as the floods receded from the banks."},
    // an opener that ends the sentence
    {"en", "Harbour pier to close for repairs after the storm The"},
    // no cue in a language without a word list
    {"de", "Hafen schliesst den alten Pier The board said on Monday that the old pier would close."},
    // what would be left is no sentence
    {"en", "Harbour pier to close for repairs The board said so."},
    // a count inside a sentence, after a capital or before a capital
    {"en", "The board met on Monday and Two Rivers Council voted to close the old pier for repairs."},
    {"en", "Inspectors found cracks in Pier Two last week, the board said on Monday at the hall."},
    {"en", "Veterans of World War Two gathered at the pier on Monday to remember the landings there."},
    {"en", "The band played Another Day in Carrowmouth at the pier hall on Monday night."},
    // a numeral ending a name, then a comparison; and counts that are no numeral
    {"en", "The band found fame as the Carrowmouth Five more than forty years ago in a pier hall."},
    {"en", "Veterans of World War Two further afield were invited to the pier hall on Monday."},
    {"en", "Flu spreads in the port of Carrowmouth About more than a hundred people are ill at home."},
    {"en", "Flu cases rise again in Carrowmouth Nearly new cases were found in the town on Monday."},
    // titles of works: a count before a function word, and sentence-case titles in es, fr, it
    {"en", "The actor left the sitcom Two and a Half Men in the spring after a row with the studio."},
    {"es", "El autor de la novela Cinco horas con Mario muri\xC3\xB3 en Madrid a los 89 a\xC3\xB1os de edad."},
    {"fr", "Le tournage du feuilleton Plus belle la vie reprend lundi au port apr\xC3\xA8s trois mois d'arr\xC3\xAAt."},
    {"it", "Il regista del film Tre metri sopra il cielo torna al cinema con una storia di mare."},
};

TEST(GluedHeadlineTest, CapitalisedOpenersThatAreNoJointAreKept) {
  for (const KeptCase& c : kKept) {
    SCOPED_TRACE(c.sentence);
    EXPECT_FALSE(find_glued_headline(c.sentence, c.language).has_value());
  }
}

TEST(GluedHeadlineTest, OnlyAnArticlesFirstSentenceAndOnlyWhereNothingElseWasCut) {
  const std::string_view glued = "Harbour pier to close for repairs The harbour board said the old pier would close.";
  EXPECT_EQ(find_sentence_proper(glued, {"en", true}).headline, "Harbour pier to close for repairs");
  EXPECT_EQ(find_sentence_proper(glued, {"en", true}).begin, glued.find("The harbour"));
  EXPECT_EQ(find_sentence_proper(glued, {"en", false}).begin, 0u);
  // A heading in capitals that opens the article is its headline too.
  const std::string_view heading = "PIER TO CLOSE FOR REPAIRS The harbour board said the old pier would close.";
  EXPECT_EQ(find_sentence_proper(heading, {"en", true}).headline, "PIER TO CLOSE FOR REPAIRS");
  EXPECT_EQ(heading.substr(find_sentence_proper(heading, {"en", true}).begin), "The harbour board said the old pier would close.");
  EXPECT_TRUE(find_sentence_proper(heading, {"en", false}).headline.empty());
  // After a wire dateline the lead has begun: what reads like a joint in it is kept.
  const std::string_view wire = "VENICE, Louisiana (Reuters) - Oil spill widens The company said on Monday the leak grew.";
  const SentenceProper proper = find_sentence_proper(wire, {"en", true});
  EXPECT_EQ(wire.substr(proper.begin), "Oil spill widens The company said on Monday the leak grew.");
  EXPECT_TRUE(proper.headline.empty());
}

}  // namespace
}  // namespace annals::text
