// Italian tagging cases, written from the language (there is no Italian
// development data); most use an article of Thursday 2011-02-17.
#include "tagging_case.h"

namespace annals {
namespace {

const TagCase kItalian[] = {
    // Written-out and numeric dates.
    {kThu, "Il 3 marzo 2011 il governo è caduto.", {"2011-03-03"}},
    {kThu, "Giovedì 3 marzo 2011 la folla ha sfilato.", {"2011-03-03"}},
    {kThu, "Il 1° febbraio i manifestanti hanno sfilato.", {"2011-02-01"}},
    {kThu, "Le elezioni si terranno il 20 marzo.", {"2011-03-20"}},
    {kThu, "Dal 3 al 5 marzo la città resterà chiusa.", {"2011-03-03", "2011-03-05"}},
    {kThu, "Lunedì 14 febbraio le banche hanno chiuso.", {"2011-02-14"}},
    {kThu, "Il 25/01/2011 tutto è cominciato.", {"2011-01-25"}},
    {kThu, "Il 3 marzo scorso la polizia ha sparato.", {"2010-03-03"}},
    {kThu, "Il 3 marzo prossimo si voterà.", {"2011-03-03"}},
    {"2011-01-03", "Il 28 dicembre la polizia ha sparato.", {"2010-12-28"}},
    {kThu, "Il 15 agosto 2010 la diga è crollata.", {"2010-08-15"}},
    {kThu, "Marzo 2011 resterà nella storia.", {"2011-03"}},
    // Relative days.
    {kThu, "Oggi la piazza è piena.", {"2011-02-17"}},
    {kThu, "Ieri sono morte dieci persone.", {"2011-02-16"}},
    {kThu, "Domani il consiglio si riunirà.", {"2011-02-18"}},
    {kThu, "L'altro ieri la polizia ha sparato.", {"2011-02-15"}},
    {kThu, "Dopodomani si vota.", {"2011-02-19"}},
    {kThu, "Stamattina la polizia ha sparato.", {"2011-02-17"}},
    {kThu, "Stasera il presidente parlerà.", {"2011-02-17"}},
    {kThu, "Ieri sera ci sono stati spari.", {"2011-02-16"}},
    {kThu, "Due giorni fa la polizia ha sparato.", {"2011-02-15"}},
    {kThu, "Una settimana fa il regime è caduto.", {"2011-02-10"}},
    {kThu, "Un anno fa è cominciato tutto.", {"2010"}},
    {kThu, "Tre mesi fa il regime è caduto.", {"2010-11"}},
    {kThu, "L'11 febbraio Mubarak è caduto e il giorno dopo la folla ha festeggiato.",
     {"2011-02-11", "2011-02-12"}},
    // Months and years.
    {kThu, "L'anno scorso ci sono state elezioni.", {"2010"}},
    {kThu, "L'anno prossimo ci saranno elezioni.", {"2012"}},
    {kThu, "Quest'anno l'economia è rallentata.", {"2011"}},
    {kThu, "Il mese scorso i prezzi sono aumentati.", {"2011-01"}},
    {kThu, "Il mese prossimo i prezzi scenderanno.", {"2011-03"}},
    {kThu, "A marzo le banche hanno chiuso.", {"2010-03"}},
    {kThu, "Nel marzo 2011 le banche hanno chiuso.", {"2011-03"}},
    {kThu, "A fine marzo il parlamento voterà.", {"2011-03"}},
    {kThu, "Nel 2009 ci sono state elezioni.", {"2009"}},
    {kThu, "Dal 2005 governa il partito.", {"2005"}},
    {kThu, "Negli anni '90 l'economia crebbe.", {"199"}},
    {kThu, "Negli anni Novanta l'economia crebbe.", {"199"}},
    {kThu, "Negli anni 1980 il paese è cambiato.", {"198"}},
    {kThu, "Gli anni ottanta furono difficili.", {"198"}},
    // Weekdays.
    {kThu, "Giovedì scorso la polizia ha sparato.", {"2011-02-10"}},
    {kThu, "Martedì prossimo i ministri si riuniranno.", {"2011-02-22"}},
    {kThu, "Venerdì la folla ha invaso la piazza.", {"2011-02-11"}},
    {kThu, "Venerdì la folla invaderà la piazza.", {"2011-02-18"}},
    {kThu, "Questo venerdì il presidente parlerà.", {"2011-02-18"}},
    {kThu, "Sabato sera ci sono stati spari.", {"2011-02-12"}},
    {kThu, "Domenica il papa ha parlato.", {"2011-02-13"}},
    // Not dates.
    {kThu, "Oltre 2000 persone hanno manifestato.", {}},
    {kThu, "Per tre settimane la città ha resistito.", {}},
    {kThu, "Alle 20:30 la polizia è arrivata.", {}},
    {kThu, "Il giorno dopo la polizia ha sparato.", {}},
    {kThu, "L'indomani la polizia ha sparato.", {}},
    {kThu, "Oggigiorno tutto è diverso.", {}},
    {kThu, "Tre giorni dopo la polizia ha sparato.", {}},
    {kThu, "La settimana scorsa il regime è caduto.", {}},
};

TEST(ItalianTagging, Cases) {
  for (const auto& c : kItalian) expect_tagged("it", c);
  EXPECT_GE(std::size(kItalian), 50u);
}

}  // namespace
}  // namespace annals
