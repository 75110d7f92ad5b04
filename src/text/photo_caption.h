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
// "Weekday[,] Month day, year." after a comma or a word that is no
// preposition of time ("by Friday, July 2, 2010" is a deadline; a credit in
// brackets may follow), has a verb of a picture in the present ("speaks", "walks", "is
// seated", "watch") and no verb of reporting or other tense ("said", "was",
// "will"). English only: the agencies' captions in other languages have no
// such fixed form.
bool is_photo_caption(std::string_view sentence, std::string_view language);

}  // namespace annals::text
