// Sentences that are page furniture by their own words, in any of the
// languages annals reads (en, es, fr, it): a "See also" or "Related" run
// ("Ver también: Especial ...", "Lire aussi : ..."), a series promo ("This
// post is part of our special coverage ...", "Ce billet fait partie de
// notre dossier sur ...") and a headline or caption run into the photo
// credit that ends it ("... tras una violenta semana Foto: AFP, Name"), a
// social widget's post ("... RETWEET ..."), a video link with its running
// time ("Minister warns of flooding (1:23)") and a fact box run into one line
// ("Born: August 29, 1958, Carrowmouth Also known as: ...") and a teaser cut
// short after a space ("... the board said it would ...").
// Furniture that recurs is also learned from the corpus (corpus/
// boilerplate.h); these forms are cut the first time they are seen.
#pragma once

#include <string_view>

namespace annals::text {

// True when the sentence (proper) is such furniture. Anchored forms only: a
// label opens the sentence, a credit closes it, so that prose that names a
// photo or a series is kept.
bool is_furniture_sentence(std::string_view sentence);

}  // namespace annals::text
