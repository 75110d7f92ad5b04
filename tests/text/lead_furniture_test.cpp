#include "text/lead_furniture.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

struct FurnitureCase {
  const char* sentence;
  const char* shown;  // what is left to read
};

// Hand-written in the shapes news pages glue together; no news text.
const FurnitureCase kCut[] = {
    {"Photograph: Jo Marsh/Getty Images The council voted on Tuesday to close the old bridge for repairs.",
     "The council voted on Tuesday to close the old bridge for repairs."},
    {"Photograph: Reuters Crews worked through the night to clear the flooded road.",
     "Crews worked through the night to clear the flooded road."},
    {"Photograph: Harbour Board/AP The harbour board said the pier would reopen next week.",
     "The harbour board said the pier would reopen next week."},
    {"(AP Photo) The mayor promised a full inquiry into the collapse of the bridge.",
     "The mayor promised a full inquiry into the collapse of the bridge."},
    {"(AP Photo/Lena Ortiz) (Lena Ortiz - AP) Friday, March 7, 2025; 6:11 PM Rescue teams searched the valley again.",
     "Rescue teams searched the valley again."},
    {"AP Photo/Marsh The pier was closed after inspectors found cracks in two piles.",
     "The pier was closed after inspectors found cracks in two piles."},
    {"AP Photo The pier was closed after inspectors found cracks in two piles.",
     "The pier was closed after inspectors found cracks in two piles."},
    {"Foto: EFE El Gobierno aprob\xC3\xB3 el plan de reconstrucci\xC3\xB3n del puente viejo.",
     "El Gobierno aprob\xC3\xB3 el plan de reconstrucci\xC3\xB3n del puente viejo."},
    // A headline and standfirst run into the page's time stamp.
    {"Dam inquiry widens Engineers to be questioned over sensor records Friday 7 March 2025 18.15 GMT The inquiry "
     "into the dam collapse will question three engineers next week.",
     "The inquiry into the dam collapse will question three engineers next week."},
    {"7 March 2025 Last updated at 09:43 GMT Help Engineers have started to drain the reservoir above the town.",
     "Engineers have started to drain the reservoir above the town."},
    {"Bridge closed Fri Mar 7, 2025 1:40 pm EST (Meridian) - The old bridge was closed to traffic on Friday.",
     "The old bridge was closed to traffic on Friday."},
    {"Bridge to reopen, says council Page last updated at 08:14 GMT, Tuesday, 8 March 2025 09:14 UK The council "
     "said the old bridge would reopen to traffic next month.",
     "The council said the old bridge would reopen to traffic next month."},
    {"8 March 2025 Last updated at 06:28 The council said the old bridge would reopen to traffic next month.",
     "The council said the old bridge would reopen to traffic next month."},
    // Live pages' update stamps.
    {"Flood latest (Updated: 10:05 a.m. Tuesday, Valmont; 4:05 a.m. Tuesday ET): Rescue teams reached the last "
     "village cut off by the water.",
     "Rescue teams reached the last village cut off by the water."},
    {"(Updated: 10:05 a.m. Tuesday, Valmont; 4:05 a.m. Tuesday ET): Rescue teams reached the last village.",
     "Rescue teams reached the last village."},
    {"VALMONT, 4:05 p.m. ET, 10:05 p.m. local: The army opened a second road into the flooded valley.",
     "The army opened a second road into the flooded valley."},
    // A headline and caption run into a photo credit.
    {"Bridge closed as river rises A barge waits below the weir Photograph: Jo Marsh/AP The river rose above its "
     "banks for the first time in ten years.",
     "The river rose above its banks for the first time in ten years."},
    // A factbox bullet.
    {"* March 6 - The Hollin dam gives way after two days of seepage.",
     "March 6 - The Hollin dam gives way after two days of seepage."},
    // CNN's wire byline and highlights, through the dateline's mark.
    {"By the CNN Wire Staff NEW: Rescuers reach the valley Two villages are still cut off, officials say "
     "Valmont, Meridia (CNN) -- Rescue teams reached the last village on Tuesday, officials said.",
     "Rescue teams reached the last village on Tuesday, officials said."},
    {"By the CNN Wire Staff Rescue teams reached the last village on Tuesday, officials said.",
     "Rescue teams reached the last village on Tuesday, officials said."},
    // A headline run into an agency mark, or the mark alone.
    {"Rebels say they hold the airport (CNN) -- Fighting spread to the port city on Tuesday, witnesses said.",
     "Fighting spread to the port city on Tuesday, witnesses said."},
    {"(CNN) -- The prosecutor said he would open an investigation into the shooting.",
     "The prosecutor said he would open an investigation into the shooting."},
    {"(EFE).- El primer ministro confirm\xC3\xB3 hoy los contactos con la oposici\xC3\xB3n del pa\xC3\xADs.",
     "El primer ministro confirm\xC3\xB3 hoy los contactos con la oposici\xC3\xB3n del pa\xC3\xADs."},
    {"Ana Ruiz | 18:00 UK time, Saturday, 25 April 2009 Experts are worried about the cracks in the pier.",
     "Experts are worried about the cracks in the pier."},
    {"Photograph Lena Ortiz/AP Tom Reid, the harbour master, will close the pier for a month.",
     "Tom Reid, the harbour master, will close the pier for a month."},
    // A byline through the writer's job (and newsroom).
    {"By Ana Ruiz, Valley News Harbour Producer Lena Ortiz, the mayor's daughter, was seen at the pier on Monday.",
     "Lena Ortiz, the mayor's daughter, was seen at the pier on Monday."},
    {"By Ana Ruiz Science reporter, BBC News Engineers found cracks in two of the pier's piles last week.",
     "Engineers found cracks in two of the pier's piles last week."},
    {"By Ana Ruiz, Valley Times Staff Writer CARROWMOUTH -- The pier closed on Monday after the storm.",
     "CARROWMOUTH -- The pier closed on Monday after the storm."},  // a place without an agency is left
    {"By Ana Ruiz and Tom Jones, Staff Writers The pier closed on Monday after the storm.",
     "The pier closed on Monday after the storm."},
    {"By Ana Ruiz, Staff Writer: The pier closed on Monday after the storm.",
     "The pier closed on Monday after the storm."},
    // The lead's own first word is not taken for a job or a newsroom.
    {"By Ana Ruiz, Valley reporter Staff at the hospital said the pier would close.",
     "Staff at the hospital said the pier would close."},
    {"By Ana Ruiz, Harbour Producer, CNN has learned that the pier will close on Monday.",
     "CNN has learned that the pier will close on Monday."},
    // A box heading in capitals.
    {"HOW THE DAM FAILED Engineers say water rose through the old sluice for three days.",
     "Engineers say water rose through the old sluice for three days."},
    {"NEW CAP FOR LEAKING OIL WELL When engineers removed the cap, oil began to flow again.",
     "When engineers removed the cap, oil began to flow again."},
    {"PIER TO CLOSE Flu cases rose in the valley towns on Monday, the board said.",
     "Flu cases rose in the valley towns on Monday, the board said."},
    // A byline whose job ends in ':' and whose desk has a lower-case word.
    {"By Ana Ruiz, Harbour Reporter: The pier closed on Monday after the storm.",
     "The pier closed on Monday after the storm."},
    {"By Ana Ruiz, Valley harbour correspondent The pier closed on Monday after the storm.",
     "The pier closed on Monday after the storm."},
    {"By Ana Ruiz, editor Staff Writer The pier closed on Monday after the storm.",
     "The pier closed on Monday after the storm."},
};

TEST(LeadFurniture, CutsCreditsStampsAndAgencyMarks) {
  for (const FurnitureCase& c : kCut) {
    const std::string_view sentence = c.sentence;
    EXPECT_EQ(sentence.substr(furniture_prefix_length(sentence)), c.shown) << c.sentence;
  }
}

TEST(LeadFurniture, LeavesSentencesProperAlone) {
  for (const char* sentence : {
           "The council voted on Tuesday to close the old bridge for repairs.",
           "Photographs of the flood were shown at the inquiry on Friday, the chairman said.",
           "The Photograph: A History was the title of the exhibition that opened in May.",
           // A stamp inside a sentence proper that ends before it.
           "The inquiry opened. It was Friday 7 March 2025 18.15 GMT when the first witness spoke.",
           // Parentheses that are not credits.
           "(The figures are provisional.) The authority counted 18 dead and 40 injured in the valley.",
           // A mark after a sentence end is a quotation, not a glued headline.
           "The mayor spoke. A reporter (AP) - who was there - said the crowd was silent for a minute.",
           // Acronyms with an aside or a hyphen are not agency marks.
           "A reporter (AP) - who was there - said the crowd was silent for a minute.",
           "The National Council (NC) \xE2\x80\x93 the rebels' political arm \xE2\x80\x93 said on Monday it would move.",
           "A United Nations (UN)-backed ceasefire took effect in the city on Sunday.",
           "El consejo (CNT) - que agrupa a los rebeldes - pidi\xC3\xB3 ayuda el lunes.",
           // A zone's letters opening a word are no zone.
           "Convoy due Friday 7 March 2025 18.15 ETA for the trucks was pushed back by the flood again.",
           // A stamp after a sentence end belongs to the sentence.
           "The inquiry opened. It was Friday 7 March 2025 18.15 GMT when the first witness spoke to the panel.",
           // A credit after a sentence end, an update note without a time.
           "A barge waits below the weir. Photograph: Jo Marsh/AP shows the river at its height last spring.",
           "The memo was changed (Updated: see note 3): the council voted on it again on Friday.",
           // A credit inside prose, and a CNN mark that does not open a sentence.
           "Ms Lane, whose picture won Photograph: Jo Marsh/AP, said she was delighted by the prize.",
           "The first picture in Photograph: Jo Marsh/AP shows the river at its height last spring.",
           // A byline whose end cannot be told, and prose that starts with "By".
           "By Ana Ruiz Valley News, Carrowmouth Crowds gathered at the pier for the last time.",
           "By Monday the water had fallen and the reporter went back to the town hall.",
           // Prose that opens with "By" and names a job.
           "By Sunday, the editor, Ana Ruiz, had decided to publish the harbour records in full.",
           "By then an experienced war correspondent, Ana Ruiz went to the valley in February.",
           "By agreeing to work as a freelance reporter, Ruiz gave up her pension and benefits.",
           "By Friday the chief editor, Tom Jones, said the paper would close its doors.",
           "By the standards of a war correspondent, the valley was quiet on Monday night.",
           // A newsroom with a place after it, whose end cannot be told; a byline too long.
           "By Ana Ruiz, Harbour Editor, BBC News, Carrowmouth The pier closed on Monday after the storm.",
           "By Ana Ruiz Valley Harbour Board Town Council Planning Committee Press Office Editor The pier closed.",
           // Capitals that are no heading: an acronym or two, a shout, punctuation, an
           // acronym after which no sentence opens.
           "NATO AND EU Leaders met on Monday in the harbour town to talk about the pier.",
           "A-B C-D E-F Go to the pier on Monday to see the repairs to the old piles.",
           "THE WAR IN THE VALLEY U.S. officials said on Monday that the talks would go on.",
           // Capitals that may be the sentence's own start: a name or an acronym follows.
           "THE WAR IN THE VALLEY US President Ana Ruiz said on Monday that the talks would go on.",
           "HARBOUR BOARD CHIEF EXECUTIVE Ana Ruiz said on Monday that the pier would close.",
           "NEW CAP FOR OIL WELL Engineers removed the old cap on Monday after the storm.",
           "THE END OF AN ERA It was on Monday that the old pier closed for the last time.",
           // Prose after "By" that names no writer, or goes on like prose.
           "By Thanksgiving the chief editor, Tom Jones, said the paper would close its doors.",
           "By Christmas Eve 2010 the correspondent Tom Jones had filed his last report from the pier.",
           "By New Year's Eve the editor had resigned and the reporter had left the town.",
           "By Grace of God Reporter Ana was saved from the flood on Monday night.",
           "By Ana Ruiz, Valley of the Harbour reporter The pier closed on Monday after the storm.",
           "US FDA approves the vaccine for children after trials in the valley towns.",
           "NATO AND UN OFFICIALS MET IN THE HARBOUR TOWN ON MONDAY.",
           // A wire dateline keeps its own cut (text/dateline.h).
           "CARROWMOUTH, March 6 (Meridian) - The water authority issued a warning to residents.",
       }) {
    EXPECT_EQ(furniture_prefix_length(sentence), 0u) << sentence;
  }
}

TEST(LeadFurniture, CnnBylineAloneWhenItsMarkIsInsideProse) {
  const std::string_view sentence =
      "By the CNN Wire Staff The governor said rescuers had reached the valley, and the mayor told reporters "
      "(CNN) -- that is what he heard on the radio.";
  EXPECT_EQ(sentence.substr(furniture_prefix_length(sentence)),
            "The governor said rescuers had reached the valley, and the mayor told reporters (CNN) -- that is what "
            "he heard on the radio.");
}

TEST(LeadFurniture, KeepsFurnitureWhenTooLittleWouldBeLeft) {
  // A caption alone: cutting its credit would leave a fragment.
  EXPECT_EQ(furniture_prefix_length("Photograph: Jo Marsh/Getty Images The old bridge."), 0u);
  EXPECT_EQ(furniture_prefix_length("(CNN) -- Fighting spread."), 0u);
}

}  // namespace
}  // namespace annals::text
