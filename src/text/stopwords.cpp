#include "text/stopwords.h"

#include <string>
#include <unordered_set>

namespace annals::text {

namespace {

// Written for annals from each language's closed word classes.
constexpr std::string_view kEnglish =
    "a about above after again against all also am an and any are as at be because been before being "
    "below between both but by can could did do does doing down during each few for from further had "
    "has have having he her here hers herself him himself his how i if in into is it its itself just "
    "me more most my myself no nor not now of off on once only or other our ours ourselves out over "
    "own same she should so some such than that the their theirs them themselves then there these they "
    "this those through to too under until up very was we were what when where which while who whom "
    "why will with would you your yours yourself yourselves s t d ll m re ve n't nt said says say "
    "mr mrs ms b c e f g h j k l n o p q r u v w x y z";
constexpr std::string_view kSpanish =
    "a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el "
    "ella ellas ellos en entre era erais eran eras eres es esa esas ese eso esos esta estaba estaban "
    "estado estan estar estas este esto estos fue fueron fui ha han has hasta hay la las le les lo los "
    "mas me mi mis mucho muy más mí nada ni no nos nosotros o os otra otras otro otros para pero poco "
    "por porque que quien quienes qué se sea ser si sido sin sobre su sus también tanto te tiene tienen "
    "todo todos tu tus un una uno unos y ya yo él éste ésta está están según dijo b c d f g h j k l m n "
    "p q r s t u v w x z";
constexpr std::string_view kFrench =
    "a au aux avec ce ces cet cette d dans de des du elle elles en est et eu il ils je j l la le les "
    "leur leurs lui m ma mais me même mes moi mon n ne nos notre nous on ont ou où par pas pour qu que "
    "qui s sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y été être était étaient "
    "avait avaient sera serait ont a été fait plus aussi ainsi comme si tout tous toute toutes cela ça "
    "dont entre après avant depuis sans sous selon b c e f g h k o p q r t u v w x z";
constexpr std::string_view kItalian =
    "a ad al alla alle allo agli ai anche che chi ci come con contro cui da dal dalla dalle dai dagli "
    "degli dei del della delle dello di dove e ed è era erano essere fa gli ha hanno il in io la le lei "
    "li lo loro lui ma mi mio nei nel nella nelle nello noi non o per perché più può quale quando quella "
    "quelle quello questa queste questo se sei si sia siamo sono su sua sue sul sulla suo suoi tra tu "
    "un una uno voi stato stata stati anche dopo prima senza secondo tutto tutti b c d f g h j k l m n "
    "p q r s t u v w x y z";
constexpr std::string_view kGerman =
    "aber alle allem allen aller alles als also am an ander andere auch auf aus bei bin bis bist da "
    "damit dann das dass dem den der des dich die dies diese dieser dieses dir doch dort du durch ein "
    "eine einem einen einer eines er es etwas euch für hab habe haben hat hatte hatten hier hin ich "
    "ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder jedes kann kein keine man mein mich mir "
    "mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll "
    "über um und uns unser unter vom von vor war waren was weil wenn wer wie wir wird wo zu zum zur "
    "wurde wurden werden b c d e f g h j k l m n o p q r s t u v w x y z";

std::unordered_set<std::string> to_set(std::string_view words) {
  std::unordered_set<std::string> set;
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (end > start) set.emplace(words.substr(start, end - start));
    start = end + 1;
  }
  return set;
}

const std::unordered_set<std::string>& list_for(std::string_view language) {
  static const auto en = to_set(kEnglish), es = to_set(kSpanish), fr = to_set(kFrench),
                    it = to_set(kItalian), de = to_set(kGerman);
  if (language == "es") return es;
  if (language == "fr") return fr;
  if (language == "it") return it;
  if (language == "de") return de;
  return en;
}

}  // namespace

bool is_stopword(std::string_view language, std::string_view word) {
  const auto& set = list_for(language);
  return set.find(std::string(word)) != set.end();
}

}  // namespace annals::text
