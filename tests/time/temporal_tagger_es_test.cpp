// Spanish tagging cases; most use an article of Thursday 2011-02-17.
#include "tagging_case.h"

namespace annals {
namespace {

const TagCase kSpanish[] = {
    // Written-out and numeric dates.
    {kThu, "El 3 de marzo de 2011 cayó el gobierno.", {"2011-03-03"}},
    {kThu, "El jueves 3 de marzo de 2011 hubo protestas.", {"2011-03-03"}},
    {kThu, "Las protestas empezaron el 25 de enero.", {"2011-01-25"}},
    {kThu, "La reunión será el 1º de marzo.", {"2011-03-01"}},
    {kThu, "Del 3 al 5 de marzo habrá elecciones.", {"2011-03-03", "2011-03-05"}},
    {kThu, "El 30/01/2011 se publicó.", {"2011-01-30"}},
    {kThu, "Firmado en La Habana, febrero 23 de 2011.", {"2011-02-23"}},
    {kThu, "La guerra empezó en enero 17 de 1991.", {"1991-01-17"}},
    {kThu, "El 25/01 empezó todo.", {"2011-01-25"}},
    {kThu, "El 5 de junio pasado fue condenado.", {"2010-06-05"}},
    {kThu, "El pasado 20 de febrero hubo marchas.", {"2010-02-20"}},
    {kThu, "La cumbre será el 3 de marzo próximo.", {"2011-03-03"}},
    {"2011-10-20", "El 14 de febrero empezaron las protestas.", {"2011-02-14"}},
    {"2011-01-05", "Las protestas comenzaron el 20 de diciembre.", {"2010-12-20"}},
    {kThu, "Anoche, el 16 de febrero, hubo disparos.", {"2011-02-16", "2011-02-16"}},
    // Relative days.
    {kThu, "Hoy hubo manifestaciones.", {"2011-02-17"}},
    {kThu, "Ayer murieron diez personas.", {"2011-02-16"}},
    {kThu, "Mañana se reúne el consejo.", {"2011-02-18"}},
    {kThu, "Anoche hubo disparos.", {"2011-02-16"}},
    {kThu, "La pasada noche hubo disparos.", {"2011-02-16"}},
    {kThu, "Anteayer llegó la ayuda.", {"2011-02-15"}},
    {kThu, "Pasado mañana se vota.", {"2011-02-19"}},
    {kThu, "Esta mañana hubo un ataque.", {"2011-02-17"}},
    {kThu, "Esta noche habrá un concierto.", {"2011-02-17"}},
    {kThu, "Hoy sábado se reúne el consejo.", {"2011-02-17"}},
    // The day of the month in brackets: the day meant, written before publication.
    {kThu, "Los manifestantes se reunían hoy (15) en la plaza.", {"2011-02-15"}},
    {kThu, "Ayer (14) murieron diez personas.", {"2011-02-14"}},
    {"2011-03-01", "Ayer (28) murieron diez personas.", {"2011-02-28"}},
    {kThu, "Hoy (40) hubo manifestaciones.", {"2011-02-17"}},
    // Not a day after the word's, nor long before it: counts, or a day the calendar lacks.
    {kThu, "Hoy (25) hubo manifestaciones.", {"2011-02-17"}},
    {kThu, "Los heridos de ayer (12) y de hoy (7) siguen en el hospital.", {"2011-02-16", "2011-02-17"}},
    {"2011-03-01", "Ayer (29) hubo manifestaciones.", {"2011-02-28"}},
    {kThu, "Hace dos días llegó la ayuda.", {"2011-02-15"}},
    {kThu, "Hace una semana cayó el gobierno.", {"2011-02-10"}},
    {kThu, "Hace un año empezó todo.", {"2010"}},
    {kThu, "Hace tres meses cayó el gobierno.", {"2010-11"}},
    {kThu, "El 11 de febrero cayó Mubarak y tres días después hubo fiesta.", {"2011-02-11", "2011-02-14"}},
    // Months and years relative to publication.
    {kThu, "El año pasado hubo elecciones.", {"2010"}},
    {kThu, "El próximo año habrá elecciones.", {"2012"}},
    {kThu, "Este año habrá elecciones.", {"2011"}},
    {kThu, "El mes pasado subieron los precios.", {"2011-01"}},
    {kThu, "El mes que viene bajarán los precios.", {"2011-03"}},
    {kThu, "En marzo subieron los precios.", {"2010-03"}},
    {kThu, "En marzo habrá elecciones.", {"2011-03"}},
    {kThu, "A mediados de marzo llegará la ayuda.", {"2011-03"}},
    {kThu, "En marzo de 2010 hubo elecciones.", {"2010-03"}},
    {kThu, "En 2009 hubo elecciones.", {"2009"}},
    {kThu, "Desde 2005 gobierna el partido.", {"2005"}},
    {kThu, "En los años 90 creció la economía.", {"199"}},
    {kThu, "Los años noventa fueron duros.", {"199"}},
    // Weekdays.
    {kThu, "El jueves pasado hubo protestas.", {"2011-02-10"}},
    {kThu, "El pasado jueves hubo protestas.", {"2011-02-10"}},
    {kThu, "El próximo martes se vota.", {"2011-02-22"}},
    {kThu, "El viernes el presidente dimitió.", {"2011-02-11"}},
    {kThu, "El viernes el presidente dimitirá.", {"2011-02-18"}},
    {kThu, "Este domingo habrá elecciones.", {"2011-02-20"}},
    {kThu, "Plácido Domingo cantó anoche.", {"2011-02-16"}},
    // Not dates.
    {kThu, "Por la mañana hubo calma.", {}},
    {kThu, "Más de 2000 personas marcharon.", {}},
    {kThu, "Unas 2.000 personas marcharon.", {}},
    {kThu, "Durante tres semanas hubo protestas.", {}},
    {kThu, "A las 10:30 empezó la marcha.", {}},
    {kThu, "El Día de la Policía se celebra.", {}},
    {kThu, "Hoy en día todo es distinto.", {}},
    {kThu, "Tres días después cayó el gobierno.", {}},
    {kThu, "Al día siguiente dimitió.", {}},
    {kThu, "Un día después de la marcha hubo detenciones.", {}},
    {kThu, "La semana pasada cayó el gobierno.", {}},
    {kThu, "Nadie piensa en el mañana.", {}},
};

TEST(SpanishTagging, Cases) {
  for (const auto& c : kSpanish) expect_tagged("es", c);
  EXPECT_GE(std::size(kSpanish), 50u);
}

}  // namespace
}  // namespace annals
