// A timeline as annals hands it out: dates and, for each, summary sentences
// with where each came from. Self-contained: it outlives the articles.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "annals/date.h"

namespace annals {

// Another article that carried the story a sentence comes from.
struct SourceReference {
  std::string outlet;   // "" when unknown
  std::string article;  // its id
  std::string url;      // "" when unknown
};

// A wire dateline cut from the start of a sentence ("VENICE, Louisiana
// (Reuters) - "): where the story was filed and by which agency.
struct Dateline {
  std::string place;
  std::string agency;
};

struct TimelineSentence {
  std::string text;       // as shown to people
  std::string article;    // id of the article it was taken from
  std::string outlet;     // "" when unknown, likewise url, title and language
  std::string url;
  std::string title;
  std::string published;  // the article's "YYYY-MM-DD", with "THH:MM..." when its time is known
  std::uint32_t position = 0;  // index of the sentence within its article
  std::string language;
  // The other articles of its story (syndicated copies and updated versions,
  // see Corpus::story), in input order.
  std::vector<SourceReference> also_reported_by{};  // {}: aggregate initialisers may leave it out
  // The dateline `text` started with in the article, removed from `text`.
  std::optional<Dateline> dateline{};
};

// How many of the articles supporting a date one outlet published.
struct OutletCount {
  std::string outlet;  // "" when unknown
  std::size_t articles = 0;
};

struct TimelineEntry {
  Date date;  // the entry's day, or the first day of its month or year (see granularity)
  std::vector<TimelineSentence> sentences;  // in summary order
  // A short line for people: the cleaned title of the article the first
  // sentence comes from, else that article's lead cut at a clause; "" when none.
  std::string headline{};
  // The outlets of the articles supporting the date (published on it or
  // mentioning it, merged copies included), most articles first, and the
  // number of those articles.
  std::vector<OutletCount> sources{};
  std::size_t articles = 0;
  // kDay, or kMonth / kYear when all its sentences say is the month or the
  // year ("in March 2011", "in 1918"): the entry stands for that whole month
  // or year and is shown as "2011-03" or "1918" (iso_string), never as a day.
  Granularity granularity = Granularity::kDay;

  // "2011-03-07", "2011-03" or "2011": the date as far as the entry knows it.
  std::string date_string() const { return iso_string(date, granularity); }
};

// Sentences an outlet repeats across many of its stories (promos, footers),
// photo captions standing as sentences and furniture that says what it is
// ("See also: ...", series promos, a headline run into its photo credit),
// left out of the corpus a timeline was built from (see
// TimelineRequest::keep_boilerplate).
struct Boilerplate {
  std::size_t articles = 0;   // articles that had some
  std::size_t sentences = 0;  // sentences left out of them
};

struct Timeline {
  std::vector<TimelineEntry> entries;  // chronological
  // Articles of the request's window that were copies or updates of another
  // article's story, and the stories they belong to; `copies_merged` says
  // whether the method saw only one article per story (its merge_copies).
  std::size_t story_copies = 0;
  std::size_t stories_with_copies = 0;
  bool copies_merged = false;
  Boilerplate boilerplate{};
};

}  // namespace annals
