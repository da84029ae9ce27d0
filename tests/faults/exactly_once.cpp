// The fault tests' verdict (see exactly_once.h).
#include "exactly_once.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>
#include <utility>
#include <vector>

#include "api/outbox.h"
#include "native/posix/file_storage.h"

namespace hotline::faults {

int submission_count() {
  const char* text = std::getenv("HOTLINE_FAULT_SUBMISSIONS");
  return text != nullptr && std::atoi(text) > 0 ? std::atoi(text) : 1000;
}

std::map<std::string, open311::ServiceRequest> server_requests(httplib::Client& server) {
  std::map<std::string, open311::ServiceRequest> all;
  for (int page = 1;; ++page) {
    auto res =
        server.Get(("/open311/v2/requests.json?extensions=true&page_size=200&page=" + std::to_string(page)).c_str());
    REQUIRE(res);
    REQUIRE(res->status == 200);
    auto decoded = open311::decode_requests(res->body);
    REQUIRE(decoded.has_value());
    if (decoded->empty()) {
      return all;
    }
    for (auto& r : *decoded) {
      const std::string number = r.service_request_id;
      CHECK(all.emplace(number, std::move(r)).second);
    }
  }
}

int submission_index(const std::string& description) {
  const auto hash = description.find('#');
  return hash == std::string::npos ? -1 : std::atoi(description.c_str() + hash + 1);
}

void check_delivered_exactly_once(httplib::Client& server, const std::string& client_storage_dir, int count) {
  // The server: exactly one request per submission index.
  const auto on_server = server_requests(server);
  CHECK(on_server.size() == static_cast<std::size_t>(count));
  std::map<int, std::string> number_of_index;
  int with_photo = 0;
  for (const auto& [number, r] : on_server) {
    const int index = submission_index(r.description.value_or(""));
    REQUIRE(index >= 0);
    REQUIRE(index < count);
    CHECK(number_of_index.emplace(index, number).second);  // a duplicate would collide here
    with_photo += r.extended_attributes && r.extended_attributes->photos.size() == 1 ? 1 : 0;
  }
  CHECK(number_of_index.size() == static_cast<std::size_t>(count));
  CHECK(with_photo == (count + 9) / 10);

  // The client: every item sent, with the number the server gave that submission.
  platform::RunQueue queue;
  posix::FileStorage storage(client_storage_dir, queue);
  const auto keys = storage.list("outbox/items/");
  REQUIRE(keys.has_value());
  CHECK(keys->size() == static_cast<std::size_t>(count));
  std::set<std::string> local_numbers;
  std::vector<std::pair<std::string, std::string>> codes;  // number, query code
  for (const auto& key : *keys) {
    auto item = api::decode_outbox_item(storage.read(key).value().value_or(""));
    REQUIRE(item.has_value());
    CHECK(item->state == api::OutboxState::Sent);
    // Delivered, the item keeps only what "my requests" shows: the title, which begins with the index.
    CHECK(number_of_index[submission_index(item->title.str())] == item->request_number);
    local_numbers.insert(item->request_number);
    REQUIRE(item->query_code.has_value());
    codes.emplace_back(item->request_number, item->query_code->str());
  }
  CHECK(local_numbers.size() == static_cast<std::size_t>(count));
  CHECK(storage.list("outbox/photos/").value().empty());

  // Every stored request's query code reached the client: the server accepts it for that request.
  const auto status_of = [&server](const std::string& number, const std::string& code) {
    const auto res = server.Get(("/open311/v2/requests/" + number + ".json?query_code=" + code).c_str());
    REQUIRE(res);
    return res->status;
  };
  for (const auto& [number, code] : codes) {
    CHECK(status_of(number, code) == 200);
  }
  // The check can fail: another request's code is refused.
  REQUIRE(codes.size() >= 2);
  REQUIRE(codes[0].second != codes[1].second);
  CHECK(status_of(codes[0].first, codes[1].second) == 403);
}

}  // namespace hotline::faults
