#include "text/term_extractor.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(TermExtractorTest, DropsStopwordsAndStems) {
  TermExtractor extractor("en");
  std::vector<std::string> terms;
  extractor.extract("The engineers warned that the dam was failing.", terms);
  EXPECT_EQ(terms, (std::vector<std::string>{"engin", "warn", "dam", "fail"}));
}

TEST(TermExtractorTest, AppendsAndUsesTheArticleLanguage) {
  TermExtractor extractor("es");
  std::vector<std::string> terms = {"x"};
  extractor.extract("Las protestas en Egipto", terms);
  EXPECT_EQ(terms, (std::vector<std::string>{"x", "protest", "egipt"}));
}

}  // namespace
}  // namespace annals::text
