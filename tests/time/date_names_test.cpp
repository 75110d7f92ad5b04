// Day and month inside names are not dates (issue 10): hand-written cases per
// language, each name beside sentences where the same words are a date.
#include "tagging_case.h"

namespace annals {
namespace {

// Sunday 2011-04-10: a bare "April 6" is the Wednesday before.
constexpr const char* kNamesSunday = "2011-04-10";

const TagCase kEnglishNames[] = {
    // "the", a day and month, and capitalized words after them, one of which
    // heads a name (Movement, Youth, Square...): a name.
    {kNamesSunday, "Members of the 6 April Youth Movement marched.", {}},
    {kNamesSunday, "The April 6 Youth Movement called a strike.", {}},
    {kNamesSunday, "Members of the 6 April Youth Movement marched on Friday.", {"2011-04-08"}},
    // The same words as a date.
    {kNamesSunday, "On April 6 the Youth Movement marched.", {"2011-04-06"}},
    {kNamesSunday, "The April 6 attack killed ten people.", {"2011-04-06"}},
    {kNamesSunday, "The 6 April meeting was cancelled.", {"2011-04-06"}},
    // A capitalized run without a word that heads a name is no name.
    {"2010-06-01", "The April 20 Deepwater Horizon explosion killed 11 men.", {"2010-04-20"}},
    // A revolution or uprising named after its day began on it.
    {"2011-03-01", "Rebels of the February 17 Revolution took Benghazi.", {"2011-02-17"}},
};

// Spanish, French and Italian write months in lower case: a capitalized
// month after a capitalized word (joined by "de", "du", "del", "di" or not
// at all) is part of a name.
const TagCase kSpanishNames[] = {
    {kNamesSunday, "El Movimiento Juvenil 6 de Abril convocó una huelga.", {}},
    {kNamesSunday, "Los jóvenes del Movimiento 6 de Abril marcharon.", {}},
    {kNamesSunday, "El 6 de abril, la policía detuvo a diez jóvenes.", {"2011-04-06"}},
    // An article before the day belongs to a date, not to a name.
    {kNamesSunday, "Se reunió con Chávez el 6 de Abril.", {"2011-04-06"}},
    {kNamesSunday, "Movimiento 6 de Abril convocó la marcha el 6 de abril de 2010.", {"2010-04-06"}},
    {"2011-03-01", "Los jóvenes de la Revolución del 25 de Enero marcharon.", {"2011-01-25"}},
};

const TagCase kFrenchNames[] = {
    {kNamesSunday, "La foule s'est rassemblée Place du 14 Juillet.", {}},
    {kNamesSunday, "Le Mouvement du 20 Février appelle à manifester.", {}},
    {"2011-07-20", "Le 14 juillet, la foule a défilé.", {"2011-07-14"}},
    {"2011-07-20", "Le 14 Juillet, la foule a défilé.", {"2011-07-14"}},
    {"2011-07-20", "La fête du 14 juillet a eu lieu.", {"2011-07-14"}},
    {"2011-03-01", "Les rebelles de la Révolution du 17 Février ont pris Benghazi.", {"2011-02-17"}},
};

const TagCase kItalianNames[] = {
    {kNamesSunday, "Il corteo è partito da Piazza 25 Aprile.", {}},
    {"2011-04-30", "Il 25 aprile il corteo è partito.", {"2011-04-25"}},
    {"2011-04-30", "Dal 25 Aprile il corteo è fermo.", {"2011-04-25"}},
    {"2011-03-01", "I ribelli della Rivoluzione del 17 Febbraio hanno preso Bengasi.", {"2011-02-17"}},
};

TEST(DateNames, English) {
  for (const TagCase& c : kEnglishNames) expect_tagged("en", c);
}

TEST(DateNames, Spanish) {
  for (const TagCase& c : kSpanishNames) expect_tagged("es", c);
}

TEST(DateNames, French) {
  for (const TagCase& c : kFrenchNames) expect_tagged("fr", c);
}

TEST(DateNames, Italian) {
  for (const TagCase& c : kItalianNames) expect_tagged("it", c);
}

}  // namespace
}  // namespace annals
