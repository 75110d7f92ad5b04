#include "corpus/boilerplate.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "analysis/outlets.h"
#include "common/string_hash.h"

namespace annals {

namespace {

constexpr std::uint32_t kNoNode = UINT32_MAX;

std::uint64_t boilerplate_mix(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
  return h * 0xbf58476d1ce4e5b9u;
}

// A stem with its digits read as 0: a promo or footer keeps its wording when
// its year or issue number changes ("... las protestas en Egipto 2011").
std::uint64_t boilerplate_stem_hash(std::string_view term) {
  if (std::none_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) return StringHash{}(term);
  std::string folded(term);
  for (char& c : folded)
    if (c >= '0' && c <= '9') c = '0';
  return StringHash{}(folded);
}

// A run of stems, hashed with the outlet (so that outlets never pool) and
// with what the run is: 0 the whole sentence, 1 its beginning, 2 its end.
std::uint64_t boilerplate_hash(std::span<const std::uint64_t> stems, std::uint64_t outlet, std::uint64_t side) {
  std::uint64_t h = boilerplate_mix(outlet + 1, side);
  for (std::uint64_t s : stems) h = boilerplate_mix(h, s);
  return h;
}

bool names_a_day(const AnalyzedSentence& sentence) {
  return std::any_of(sentence.mentions.begin(), sentence.mentions.end(),
                     [](const TimeMention& m) { return m.granularity == Granularity::kDay; });
}

// True when each of two sorted stem sets shares at least `share` of its
// stems with the other.
bool boilerplate_variants(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++common, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return double(common) >= kBoilerplateVariantShare * double(std::max(a.size(), b.size()));
}

// The distinct sentences of each outlet (by their stems in order), joined
// with their variants: a sentence that begins or ends with the same three
// stems as an earlier one and shares most stems with it (a translator's
// rewording of the same promo, "dossier" or "dossier spécial").
class BoilerplateClusters {
 public:
  std::uint32_t add(std::span<const std::uint64_t> stems, std::uint64_t outlet) {
    const auto [it, added] = nodes_.try_emplace(boilerplate_hash(stems, outlet, 0), std::uint32_t(parent_.size()));
    if (!added) return it->second;
    parent_.push_back(it->second);
    sets_.emplace_back();
    if (stems.size() >= 2 * kEnd) {  // shorter ones are never compared
      std::vector<std::uint64_t>& set = sets_.back();
      set.assign(stems.begin(), stems.end());
      std::sort(set.begin(), set.end());
      set.erase(std::unique(set.begin(), set.end()), set.end());
      link(it->second, boilerplate_hash(stems.first(kEnd), outlet, 1));
      link(it->second, boilerplate_hash(stems.last(kEnd), outlet, 2));
    }
    return it->second;
  }

  std::uint32_t root(std::uint32_t node) {
    while (parent_[node] != node) node = parent_[node] = parent_[parent_[node]];
    return node;
  }

 private:
  static constexpr std::size_t kEnd = 3;

  // The first sentence with this beginning or end stands for it.
  void link(std::uint32_t node, std::uint64_t end) {
    const auto [it, added] = ends_.try_emplace(end, node);
    if (!added && boilerplate_variants(sets_[it->second], sets_[node])) parent_[root(node)] = root(it->second);
  }

  absl::flat_hash_map<std::uint64_t, std::uint32_t> nodes_, ends_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::vector<std::uint64_t>> sets_;
};

// Per article: its outlet (kNoNode: unknown) and each sentence's cluster
// (kNoNode: no content words); per outlet, its distinct stories.
struct BoilerplateSentences {
  std::vector<std::uint32_t> outlet;
  std::vector<std::vector<std::uint32_t>> node;
  std::vector<std::size_t> outlet_stories;
};

BoilerplateSentences boilerplate_sentences(std::span<const BoilerplateInput> articles, BoilerplateClusters& clusters) {
  BoilerplateSentences out;
  absl::flat_hash_map<std::string, std::uint32_t> outlet_ids;
  absl::flat_hash_set<std::uint64_t> outlet_story;
  std::vector<std::uint64_t> term_hashes, stems;
  for (const BoilerplateInput& a : articles) {
    const std::string outlet = analysis::outlet_of(a.record->article);
    std::vector<std::uint32_t>& nodes = out.node.emplace_back();
    out.outlet.push_back(outlet.empty() ? kNoNode : outlet_ids.try_emplace(outlet, std::uint32_t(outlet_ids.size())).first->second);
    if (outlet.empty()) continue;
    const std::uint32_t id = out.outlet.back();
    out.outlet_stories.resize(outlet_ids.size());
    out.outlet_stories[id] += outlet_story.insert(boilerplate_mix(id, a.story)).second;
    term_hashes.clear();
    for (const std::string& term : a.record->terms) term_hashes.push_back(boilerplate_stem_hash(term));
    for (const AnalyzedSentence& s : a.record->sentences) {
      stems.clear();
      for (std::uint32_t t : s.terms) stems.push_back(term_hashes[t]);
      nodes.push_back(stems.empty() ? kNoNode : clusters.add(stems, id));
    }
  }
  return out;
}

}  // namespace

std::vector<std::vector<std::uint32_t>> find_boilerplate(std::span<const BoilerplateInput> articles) {
  BoilerplateClusters clusters;
  const BoilerplateSentences sentences = boilerplate_sentences(articles, clusters);
  // Stories each cluster occurs in, each story counted once.
  absl::flat_hash_map<std::uint32_t, std::uint32_t> stories;
  absl::flat_hash_set<std::uint64_t> seen;  // (cluster, story)
  for (std::size_t a = 0; a < articles.size(); ++a)
    for (std::uint32_t node : sentences.node[a])
      if (node != kNoNode && seen.insert(boilerplate_mix(clusters.root(node), articles[a].story)).second)
        ++stories[clusters.root(node)];

  std::vector<std::vector<std::uint32_t>> out(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) {
    if (sentences.outlet[a] == kNoNode) continue;
    // A share of 40 stories is 4 of them, not 5 for the rounding of 0.1 * 40.
    const double share = kBoilerplateMinShare * double(sentences.outlet_stories[sentences.outlet[a]]) - 1e-9;
    const std::size_t needed = std::max(kBoilerplateMinStories, std::size_t(std::ceil(share)));
    for (std::uint32_t p = 0; p < sentences.node[a].size(); ++p) {
      const std::uint32_t node = sentences.node[a][p];
      if (node != kNoNode && stories[clusters.root(node)] >= needed &&
          !names_a_day(articles[a].record->sentences[p]))
        out[a].push_back(p);
    }
  }
  return out;
}

}  // namespace annals
