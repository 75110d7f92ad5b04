// French tagging cases; most use an article of Thursday 2011-02-17.
#include "tagging_case.h"

namespace annals {
namespace {

const TagCase kFrench[] = {
    // Written-out and numeric dates.
    {kThu, "Le 3 mars 2011, le gouvernement est tombé.", {"2011-03-03"}},
    {kThu, "Le jeudi 3 mars 2011, la foule a défilé.", {"2011-03-03"}},
    {kThu, "Le 1er février, les manifestants ont défilé.", {"2011-02-01"}},
    {kThu, "Les élections auront lieu le 20 mars.", {"2011-03-20"}},
    {kThu, "Du 3 au 5 mars, la ville sera fermée.", {"2011-03-03", "2011-03-05"}},
    {kThu, "Le lundi 14 février, les banques ont fermé.", {"2011-02-14"}},
    {kThu, "Le 25/01/2011, tout a commencé.", {"2011-01-25"}},
    {kThu, "Le 14/09, la loi a été votée.", {"2010-09-14"}},
    {kThu, "Le 3 mars dernier, la police a tiré.", {"2010-03-03"}},
    {kThu, "Le 3 mars prochain, les élections auront lieu.", {"2011-03-03"}},
    {"2011-01-03", "Le 28 décembre, la police a tiré.", {"2010-12-28"}},
    {kThu, "Le 1er mars 2011 et le 2 mars 2011.", {"2011-03-01", "2011-03-02"}},
    {kThu, "Mars 2011 restera dans l'histoire.", {"2011-03"}},
    {"2012-01-15", "L'amnistie couvre les crimes commis depuis le 15 mars.", {"2011-03-15"}},
    {kThu, "Le 11 février, cinq jours après leur arrivée, ils sont partis.", {"2011-02-11"}},
    {kThu, "Selon la presse syrienne Vendredi, le ministre a parlé.", {"2011-02-11"}},
    // Relative days.
    {kThu, "Aujourd'hui, la place est pleine.", {"2011-02-17"}},
    {kThu, "Aujourd\u2019hui la place est pleine.", {"2011-02-17"}},
    {kThu, "Hier, dix personnes ont été tuées.", {"2011-02-16"}},
    {kThu, "Demain, le conseil se réunira.", {"2011-02-18"}},
    {kThu, "Avant-hier, la police a tiré.", {"2011-02-15"}},
    {kThu, "Après-demain, on vote.", {"2011-02-19"}},
    {kThu, "Ce matin, la police a tiré.", {"2011-02-17"}},
    {kThu, "Ce soir, le président parlera.", {"2011-02-17"}},
    {kThu, "Hier soir, des coups de feu ont retenti.", {"2011-02-16"}},
    {kThu, "Il y a deux jours, la police a tiré.", {"2011-02-15"}},
    {kThu, "Il y a une semaine, le régime est tombé.", {"2011-02-10"}},
    {kThu, "Il y a un an, tout a commencé.", {"2010"}},
    {kThu, "Il y a trois mois, le régime est tombé.", {"2010-11"}},
    {kThu, "Le 11 février, Moubarak est tombé et le lendemain la foule a fêté.",
     {"2011-02-11", "2011-02-12"}},
    {kThu, "Le 3 mars, trois jours plus tard, la ville est tombée.", {"2011-03-03", "2011-03-06"}},
    // Months and years.
    {kThu, "L'an dernier, la croissance a ralenti.", {"2010"}},
    {kThu, "L'année prochaine, les élections auront lieu.", {"2012"}},
    {kThu, "Cette année, l'économie a ralenti.", {"2011"}},
    {kThu, "Le mois dernier, les prix ont augmenté.", {"2011-01"}},
    {kThu, "Le mois prochain, les prix baisseront.", {"2011-03"}},
    {kThu, "En mars, les prix ont augmenté.", {"2010-03"}},
    {kThu, "En mars 2011, les prix ont augmenté.", {"2011-03"}},
    {kThu, "Mi-mars, les troupes arriveront.", {"2011-03"}},
    {kThu, "Fin mars, le parlement votera.", {"2011-03"}},
    {kThu, "En 2009, le pays a voté.", {"2009"}},
    {kThu, "Depuis 2005, le parti gouverne.", {"2005"}},
    {kThu, "Dans les années 90, l'économie a crû.", {"199"}},
    {kThu, "Dans les années 1980, le pays a changé.", {"198"}},
    // Weekdays.
    {kThu, "Jeudi dernier, la police a tiré.", {"2011-02-10"}},
    {kThu, "Mardi prochain, les ministres se réuniront.", {"2011-02-22"}},
    {kThu, "Vendredi, la foule a envahi la place.", {"2011-02-11"}},
    {kThu, "Vendredi, la foule envahira la place.", {"2011-02-18"}},
    {kThu, "Ce vendredi, le président parlera.", {"2011-02-18"}},
    {kThu, "Samedi soir, des tirs ont éclaté.", {"2011-02-12"}},
    // Not dates.
    {kThu, "Plus de 2000 personnes ont manifesté.", {}},
    {kThu, "Pendant trois semaines, la ville a résisté.", {}},
    {kThu, "À 20h30, la police est arrivée.", {}},
    {kThu, "La sonde arrive sur Mars demain.", {"2011-02-18"}},
    {kThu, "Le lendemain, la police a tiré.", {}},
    {kThu, "La veille, la police avait tiré.", {}},
    {kThu, "De nos jours, tout est différent.", {}},
    {kThu, "La semaine dernière, le régime est tombé.", {}},
    {kThu, "Deux jours plus tard, la police a tiré.", {}},
};

TEST(FrenchTagging, Cases) {
  for (const auto& c : kFrench) expect_tagged("fr", c);
  EXPECT_GE(std::size(kFrench), 50u);
}

}  // namespace
}  // namespace annals
