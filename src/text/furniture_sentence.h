// Sentences that are page furniture by their own words, in any of the
// languages annals reads (en, es, fr, it): a "See also" or "Related" run
// ("Ver también: Especial ...", "Lire aussi : ..."), a series promo ("This
// post is part of our special coverage ...", "Ce billet fait partie de
// notre dossier sur ...") and a headline or caption run into the photo
// credit that ends it ("... tras una violenta semana Foto: AFP, Name"), a
// social widget's post dated before its button ("... 2013 RETWEET ..."), a
// fact box run into one line (three labels: "Born: August 29, 1958,
// Carrowmouth Also known as: ... Biggest hits: ...") and a teaser cut short
// after a space ("... the board said it would ..."). A fact box or link list
// glued to a lead takes the lead with it: the joint cannot be told.
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
