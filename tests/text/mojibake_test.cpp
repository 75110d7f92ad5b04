// UTF-8 read once as Windows-1252: hand-written sentences in each language,
// garbled by hand (each accented letter's two bytes written as the two
// Windows-1252 characters they show as).
#include "text/mojibake.h"

#include <gtest/gtest.h>

namespace annals::text {
namespace {

std::string repaired(std::string text, std::size_t* repairs = nullptr) {
  const std::size_t n = repair_mojibake(text);
  if (repairs) *repairs = n;
  return text;
}

TEST(Mojibake, AccentedLettersOfEachLanguage) {
  std::size_t n = 0;
  EXPECT_EQ(repaired("TambiÃ©n pidiÃ³ la evacuaciÃ³n de SanÃ¡.", &n), "También pidió la evacuación de Saná.");
  EXPECT_EQ(n, 4u);
  EXPECT_EQ(repaired("El aÃ±o polÃ­tico"), "El año político");  // "í" is "Ã" and a soft hyphen
  // "à" is "Ã" and a no-break space; where a page turned that into a plain space it stays.
  EXPECT_EQ(repaired("Le prÃ©sident a dÃ©clarÃ© Ã\u00A0 la tÃ©lÃ©vision"), "Le président a déclaré à la télévision");
  EXPECT_EQ(repaired("La cittÃ\u00A0 Ã¨ pronta, cittÃ  vecchia"), "La città è pronta, cittÃ  vecchia");
  EXPECT_EQ(repaired("Ã‰gypte, Ã‰TÃ‰"), "Égypte, ÉTÉ");  // "É" is "Ã" and Windows-1252's 0x89 "‰"
  EXPECT_EQ(repaired("ÐŸÑ€Ð¸Ð²ÐµÑ‚, Î±Î²Î³, Å‚Ã³dÅº"), "Привет, αβγ, łódź");
}

TEST(Mojibake, PunctuationAndSymbols) {
  EXPECT_EQ(repaired("itâ€™s â€œfineâ€\u009d â€” really"), "it’s “fine” — really");  // 0x9D is unassigned: Latin-1's C1
  EXPECT_EQ(repaired("It costs Â£5"), "It costs £5");
  EXPECT_EQ(repaired("wait â€¦ done"), "wait … done");
}

TEST(Mojibake, CorrectTextIsLeftAlone) {
  for (const char* text : {"São Paulo, Ñandú, naïve, Ærø, Œuvre", "À « bientôt », dit-il. Ü-Boot, ß",
                           "2 × 3 ÷ 6 = 1; 90° ± 2", "plain ASCII", ""}) {
    std::size_t n = 1;
    EXPECT_EQ(repaired(text, &n), text);
    EXPECT_EQ(n, 0u) << text;
  }
}

TEST(Mojibake, CorrectLettersBeforePunctuationAreNoMojibake) {
  // Each pair reads as the bytes of a character no mis-read text holds
  // (NKo, Syriac, IPA, Latin Extended-B, combining marks, CJK, private use).
  for (const char* text : {"la liberté » devant", "Le comité — présidé",
                           "„La ville est groß“", "Fuß­ball", "PÍŠE", "VÝŠE",
                           "ÚŽASNÝ", "ÜLKÜ’NÜN", "GÜÇ’Ü",
                           "CAFÉ’S", "“Ó”", "the café…”", "2 ×½",
                           "ï’”", "«No está…»"}) {
    std::size_t n = 1;
    EXPECT_EQ(repaired(text, &n), text);
    EXPECT_EQ(n, 0u) << text;
  }
}

TEST(Mojibake, AByteOrderMarkReadAsTextIsRemoved) {
  EXPECT_EQ(repaired("ï»¿The minister spoke."), "The minister spoke.");
}

TEST(Mojibake, NoControlCharacterAndNoInvalidSequenceIsMade) {
  EXPECT_EQ(repaired("Â\u0080 x"), "Â\u0080 x");  // C2 80 would be the C1 control U+0080
  EXPECT_EQ(repaired("Ã"), "Ã");                  // a lead with nothing after it
  EXPECT_EQ(repaired("âx€"), "âx€");              // a three-byte run broken by a letter
  EXPECT_EQ(repaired("í\xA9"), "í\xA9");          // invalid UTF-8 after a lead is copied as it is
}

}  // namespace
}  // namespace annals::text
