#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace annals::text {
namespace {

std::vector<std::string> split(std::string_view language, std::string_view text) {
  SentenceSplitter splitter(language);
  std::vector<std::string> out;
  for (auto s : splitter.split(text)) out.emplace_back(s);
  return out;
}

TEST(SentenceSplitterTest, SplitsPlainSentences) {
  EXPECT_EQ(split("en", "The dam broke. Water rushed in! Was anyone hurt?"),
            (std::vector<std::string>{"The dam broke.", "Water rushed in!", "Was anyone hurt?"}));
}

TEST(SentenceSplitterTest, KeepsTitlesAndInitialismsInsideSentences) {
  EXPECT_EQ(split("en", "Dr. Alma Reyes met U.S. Army engineers in St. Louis on Tuesday. They left."),
            (std::vector<std::string>{"Dr. Alma Reyes met U.S. Army engineers in St. Louis on Tuesday.",
                                      "They left."}));
}

TEST(SentenceSplitterTest, KeepsMonthAbbreviationsInsideSentences) {
  EXPECT_EQ(split("en", "The inquiry opened on Jan. 5 and closed Sept. 30. Nobody was charged."),
            (std::vector<std::string>{"The inquiry opened on Jan. 5 and closed Sept. 30.",
                                      "Nobody was charged."}));
}

TEST(SentenceSplitterTest, KeepsQuotedSentenceWithItsAttribution) {
  EXPECT_EQ(split("en", "\"We are not leaving,\" Mr. Okafor said. \"Never.\" The crowd cheered."),
            (std::vector<std::string>{"\"We are not leaving,\" Mr. Okafor said.", "\"Never.\"",
                                      "The crowd cheered."}));
}

TEST(SentenceSplitterTest, QuestionInsideQuotesEndsAtTheQuote) {
  EXPECT_EQ(split("en", "She asked: \"Who knew?\" Nobody answered."),
            (std::vector<std::string>{"She asked: \"Who knew?\"", "Nobody answered."}));
}

TEST(SentenceSplitterTest, FullStopInsideAQuotationDoesNotEndTheSentence) {
  EXPECT_EQ(split("en", "Arvo spoke. \"We did not run this mill. The council did,\" he said. Then he left."),
            (std::vector<std::string>{"Arvo spoke.", "\"We did not run this mill. The council did,\" he said.",
                                      "Then he left."}));
  EXPECT_EQ(split("en", "\u201CThe road is shut. Nobody may pass,\u201D the mayor said. Cars turned back."),
            (std::vector<std::string>{"\u201CThe road is shut. Nobody may pass,\u201D the mayor said.",
                                      "Cars turned back."}));
}

TEST(SentenceSplitterTest, TokenisedQuotesKeepAQuotationWhole) {
  EXPECT_EQ(split("en", "`` We did not run this mill . The council did , '' he said . Then he left ."),
            (std::vector<std::string>{"`` We did not run this mill . The council did , '' he said .",
                                      "Then he left ."}));
}

TEST(SentenceSplitterTest, GuillemetsKeepAQuotationWhole) {
  EXPECT_EQ(split("fr", "Le maire a parl\u00E9. \u00AB Le pont est ferm\u00E9. Personne ne passe \u00BB, a-t-il dit."),
            (std::vector<std::string>{"Le maire a parl\u00E9.",
                                      "\u00AB Le pont est ferm\u00E9. Personne ne passe \u00BB, a-t-il dit."}));
  EXPECT_EQ(split("es", "\u00ABNo hubo aviso. Nadie sab\u00EDa nada\u00BB, dijo la alcaldesa. Luego se fue."),
            (std::vector<std::string>{"\u00ABNo hubo aviso. Nadie sab\u00EDa nada\u00BB, dijo la alcaldesa.",
                                      "Luego se fue."}));
}

TEST(SentenceSplitterTest, AQuoteMarkThatNeverClosesJoinsNothing) {
  // Reporters leave a quotation open at a paragraph's end when it goes on in
  // the next one; a stray mark must not glue the paragraph into one sentence.
  EXPECT_EQ(split("en", "Rain fell. \"We will rebuild. We must. The town agrees. Work starts soon. Help came."),
            (std::vector<std::string>{"Rain fell.", "\"We will rebuild.", "We must.", "The town agrees.",
                                      "Work starts soon.", "Help came."}));
}

TEST(SentenceSplitterTest, LineBreaksEndHeadlines) {
  EXPECT_EQ(split("en", "Dam fails in Orvale valley\n\nThousands fled on Monday.  \n"),
            (std::vector<std::string>{"Dam fails in Orvale valley", "Thousands fled on Monday."}));
}

TEST(SentenceSplitterTest, SpanishAbbreviations) {
  EXPECT_EQ(split("es", "El Sr. Gómez viajó a EE.UU. El martes volvió."),
            (std::vector<std::string>{"El Sr. Gómez viajó a EE.UU. El martes volvió."}));
  EXPECT_EQ(split("es", "La Dra. Ruiz habló. Luego se fue."),
            (std::vector<std::string>{"La Dra. Ruiz habló.", "Luego se fue."}));
}

TEST(SentenceSplitterTest, FrenchMonsieur) {
  EXPECT_EQ(split("fr", "M. Dupont est arrivé hier. Il repart demain."),
            (std::vector<std::string>{"M. Dupont est arrivé hier.", "Il repart demain."}));
}

TEST(SentenceSplitterTest, EmptyAndWhitespaceOnlyTextGiveNothing) {
  EXPECT_TRUE(split("en", "").empty());
  EXPECT_TRUE(split("en", " \n\t \xC2\xA0 ").empty());
}

TEST(SentenceSplitterTest, TrimRemovesUnicodeSpaces) {
  EXPECT_EQ(trim("\xC2\xA0 word \xE3\x80\x80"), "word");
  EXPECT_EQ(trim("   "), "");
}

}  // namespace
}  // namespace annals::text
