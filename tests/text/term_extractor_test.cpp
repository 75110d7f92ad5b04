#include "text/term_extractor.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

std::vector<std::string> terms_of(TermExtractor& extractor, const TermDictionary& dictionary,
                                  std::string_view sentence) {
  std::vector<std::uint32_t> ids;
  extractor.extract(sentence, ids);
  std::vector<std::string> out;
  for (auto id : ids) out.push_back(dictionary.term(id));
  return out;
}

TEST(TermExtractorTest, DropsStopwordsAndStems) {
  TermDictionary dictionary;
  TermExtractor extractor("en", dictionary);
  EXPECT_EQ(terms_of(extractor, dictionary, "The engineers warned that the dam was failing."),
            (std::vector<std::string>{"engin", "warn", "dam", "fail"}));
}

TEST(TermExtractorTest, LanguagesShareOneDictionary) {
  TermDictionary dictionary;
  TermExtractor english("en", dictionary), spanish("es", dictionary);
  EXPECT_EQ(terms_of(spanish, dictionary, "Las protestas en Egipto"), (std::vector<std::string>{"protest", "egipt"}));
  EXPECT_EQ(terms_of(english, dictionary, "Protests spread"), (std::vector<std::string>{"protest", "spread"}));
  EXPECT_EQ(dictionary.size(), 3u);  // "protest" is one term for both languages
}

TEST(TermExtractorTest, IdsFollowFirstAppearance) {
  TermDictionary dictionary;
  TermExtractor extractor("en", dictionary);
  std::vector<std::uint32_t> ids;
  extractor.extract("Flood, flooding, floods and dams.", ids);
  EXPECT_EQ(ids, (std::vector<std::uint32_t>{0, 0, 0, 1}));
}

}  // namespace
}  // namespace annals::text
