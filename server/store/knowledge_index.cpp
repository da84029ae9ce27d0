// Bigram index and scoring for the knowledge base (see knowledge_index.h).
#include "store/knowledge_index.h"

#include <algorithm>
#include <map>
#include <set>

#include "text/utf8.h"

namespace hotline::server {

namespace {

bool is_searchable(char32_t cp) {
  return (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

char32_t fold(char32_t cp) {
  if (cp >= U'A' && cp <= U'Z') {
    return cp - U'A' + U'a';
  }
  if (cp >= 0xFF10 && cp <= 0xFF19) {  // full-width digits
    return cp - 0xFF10 + U'0';
  }
  if (cp >= 0xFF21 && cp <= 0xFF3A) {
    return cp - 0xFF21 + U'a';
  }
  if (cp >= 0xFF41 && cp <= 0xFF5A) {
    return cp - 0xFF41 + U'a';
  }
  return cp;
}

constexpr double kTitleWeight = 3.0;
constexpr double kBodyWeight = 1.0;

}  // namespace

std::vector<std::u32string> searchable_runs(std::string_view text) {
  std::vector<std::u32string> runs(1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = text::decode_next(text, pos);
    if (!cp) {
      ++pos;  // invalid bytes separate runs like punctuation does
      if (!runs.back().empty()) {
        runs.emplace_back();
      }
      continue;
    }
    const char32_t c = fold(*cp);
    if (is_searchable(c)) {
      runs.back().push_back(c);
    } else if (!runs.back().empty()) {
      runs.emplace_back();
    }
  }
  if (runs.back().empty()) {
    runs.pop_back();
  }
  return runs;
}

std::vector<std::u32string> bigrams(std::string_view text) {
  std::vector<std::u32string> out;
  for (const auto& run : searchable_runs(text)) {
    if (run.size() == 1) {
      out.push_back(run);
    }
    for (std::size_t i = 0; i + 1 < run.size(); ++i) {
      out.push_back(run.substr(i, 2));
    }
  }
  return out;
}

KnowledgeIndex::KnowledgeIndex(std::vector<Guide> guides) : guides_(std::move(guides)) {
  for (std::size_t i = 0; i < guides_.size(); ++i) {
    std::map<std::u32string, double> weights;
    for (const auto& gram : bigrams(guides_[i].title)) {
      weights[gram] += kTitleWeight;
    }
    for (const auto& gram : bigrams(guides_[i].body)) {
      weights[gram] += kBodyWeight;
    }
    // Single characters too, for one-character queries ("税").
    for (const auto& run : searchable_runs(guides_[i].title + " " + guides_[i].body)) {
      for (char32_t c : run) {
        weights[std::u32string(1, c)] += 0.5;
      }
    }
    for (const auto& [gram, weight] : weights) {
      postings_[gram].emplace_back(i, weight);
    }
  }
}

std::vector<GuideHit> KnowledgeIndex::search(std::string_view query, std::size_t limit) const {
  const auto grams = bigrams(query);
  const std::set<std::u32string> unique(grams.begin(), grams.end());
  if (unique.empty()) {
    return {};
  }
  std::vector<double> score(guides_.size(), 0);
  std::vector<std::size_t> matched(guides_.size(), 0);
  for (const auto& gram : unique) {
    auto it = postings_.find(gram);
    if (it == postings_.end()) {
      continue;
    }
    for (const auto& [doc, weight] : it->second) {
      score[doc] += weight;
      ++matched[doc];
    }
  }
  std::vector<GuideHit> hits;
  for (std::size_t i = 0; i < guides_.size(); ++i) {
    if (matched[i] > 0 && matched[i] * 2 >= unique.size()) {
      // Coverage first (how much of the query is found), then weight.
      hits.push_back({&guides_[i], static_cast<double>(matched[i]) * 100.0 / unique.size() + score[i]});
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const GuideHit& a, const GuideHit& b) { return a.score > b.score; });
  if (hits.size() > limit) {
    hits.resize(limit);
  }
  return hits;
}

std::vector<const Guide*> KnowledgeIndex::of_service(std::string_view service_code) const {
  std::vector<const Guide*> out;
  for (const auto& guide : guides_) {
    if (guide.service_code == service_code) {
      out.push_back(&guide);
    }
  }
  return out;
}

}  // namespace hotline::server
