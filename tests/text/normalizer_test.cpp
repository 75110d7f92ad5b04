#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

TEST(NormalizerTest, ComposesToNfc) {
  // "e" + COMBINING ACUTE ACCENT becomes the single code point U+00E9.
  EXPECT_EQ(normalize_nfc("caf\x65\xCC\x81"), "caf\xC3\xA9");
  EXPECT_EQ(normalize_nfc("already NFC: caf\xC3\xA9"), "already NFC: caf\xC3\xA9");
}

TEST(NormalizerTest, FoldsCaseBeyondAscii) {
  EXPECT_EQ(fold_case("BP Oil"), "bp oil");
  EXPECT_EQ(fold_case("\xC3\x89T\xC3\x89"), "\xC3\xA9t\xC3\xA9");  // ÉTÉ -> été
  EXPECT_EQ(fold_case("Stra\xC3\x9F" "e"), "strasse");              // ß folds to ss
}

TEST(NormalizerTest, RepairsInvalidUtf8AndCountsIt) {
  std::string text = "ok \xFF\xFE end \xC3";
  EXPECT_EQ(repair_utf8(text), 3u);
  EXPECT_EQ(text, "ok \xEF\xBF\xBD\xEF\xBF\xBD end \xEF\xBF\xBD");
  std::string valid = "caf\xC3\xA9";
  EXPECT_EQ(repair_utf8(valid), 0u);
  EXPECT_EQ(valid, "caf\xC3\xA9");
}

}  // namespace
}  // namespace annals::text
