// Photo captions standing as sentences. Agency photo pages print the
// caption as a sentence of its own, in the present tense and closed by the
// day the picture was taken with its weekday and year ("A trader watches the
// board at the exchange in Frankfurt, Wednesday, Oct. 15, 2008."), often
// after the credit that lead_furniture.h cuts. It describes a picture, not
// the news: no summary should show it.
#pragma once

#include <string_view>

namespace annals::text {

// True when the sentence (proper) reads as such a caption: it ends with
// "Weekday[,] Month day, year." (a credit in brackets may follow) after a
// comma or a word that makes no deadline or schedule of it ("by Friday",
// "starting Thursday"); it has a verb of a picture in the present
// ("speaks", "walks", "is seated", "Traders work"); and no verb of
// reporting ("said"), of another tense ("was", "will") or in the past ("...
// talks collapsed"). English only: the agencies' captions in other
// languages have no such fixed form. Precision first, since a false caption
// loses news: captions that put the place after the date ("..., Saturday,
// Oct. 11, 2008, in Washington.") or use other verbs are left as sentences.
bool is_photo_caption(std::string_view sentence, std::string_view language);

}  // namespace annals::text
