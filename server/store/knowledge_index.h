// Search over the knowledge base of service guides by character bigrams (works for Chinese without
// word segmentation: short queries such as "社保卡补办" share bigrams with the guide titles).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace hotline::server {

struct Guide {
  std::string id;
  std::string title;
  std::string body;
  std::string service_code;
  std::string updated;  // YYYY-MM-DD
};

struct GuideHit {
  const Guide* guide = nullptr;
  double score = 0;
};

class KnowledgeIndex {
 public:
  explicit KnowledgeIndex(std::vector<Guide> guides);

  // Best matches first; a guide must share at least half of the query's bigrams (a one-character
  // query matches that character). Ties keep catalog order.
  std::vector<GuideHit> search(std::string_view query, std::size_t limit) const;
  // The guides filed under a service, in catalog order.
  std::vector<const Guide*> of_service(std::string_view service_code) const;
  std::size_t size() const { return guides_.size(); }

 private:
  std::vector<Guide> guides_;
  // bigram -> (guide index, weight) with title occurrences weighted above body ones.
  std::unordered_map<std::u32string, std::vector<std::pair<std::size_t, double>>> postings_;
};

// Lower-cased letters/digits and CJK characters; everything else (spaces, punctuation) separates runs.
std::vector<std::u32string> searchable_runs(std::string_view text);
// Every pair of adjacent characters within a run, and a lone character for a one-character run.
std::vector<std::u32string> bigrams(std::string_view text);

}  // namespace hotline::server
