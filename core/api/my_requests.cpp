// Loading, adding and wiping "my requests" (see my_requests.h).
#include "api/my_requests.h"

#include <algorithm>

#include "domain/request_number.h"

namespace hotline::api {

namespace {

constexpr std::string_view kPrefix = "my_requests/";

const base::SecureString* field(const std::vector<open311::FormField>& fields, std::string_view name) {
  for (const auto& f : fields) {
    if (f.name == name) {
      return &f.value;
    }
  }
  return nullptr;
}

}  // namespace

MyRequests::MyRequests(platform::Storage& storage) : storage_(storage) {}

std::string MyRequests::key(const std::string& number) {
  return std::string(kPrefix) + number;
}

platform::StorageResult<MyRequestsLoadReport> MyRequests::open() {
  MyRequestsLoadReport report;
  auto set_aside_records = load_records(
      storage_, kPrefix, [this](const std::string& k, std::string_view text) -> std::optional<std::string> {
        auto request = decode_my_request(text);
        if (!request) {
          return request.error().detail;
        }
        if (key(request->number) != k) {
          return "number does not match its key";
        }
        requests_[request->number] = std::move(*request);
        return std::nullopt;
      });
  if (!set_aside_records) {
    return base::unexpected(set_aside_records.error());
  }
  report.set_aside = std::move(*set_aside_records);
  report.requests = requests_.size();
  return report;
}

platform::StorageResult<bool> MyRequests::store(MyRequest request) {
  auto written = storage_.write(key(request.number), encode_my_request(request));
  if (!written) {
    return base::unexpected(written.error());
  }
  requests_[request.number] = std::move(request);
  return true;
}

platform::StorageResult<bool> MyRequests::remember_sent(const OutboxItem& item) {
  if (item.state != OutboxState::Sent || !domain::is_request_number(item.request_number) ||
      requests_.count(item.request_number) > 0) {
    return false;
  }
  MyRequest request;
  request.number = item.request_number;
  if (item.query_code) {
    request.query_code = domain::normalize_query_code(*item.query_code);
  }
  if (const base::SecureString* code = field(item.fields, "service_code")) {
    request.service_code = code->str();
  }
  if (!item.title.empty()) {
    request.title = item.title.str();
  } else if (const base::SecureString* description = field(item.fields, "description")) {
    request.title = title_of(*description);
  }
  request.created_ms = item.sent_ms;
  request.origin = MyRequestOrigin::Submitted;
  return store(std::move(request));
}

platform::StorageResult<std::size_t> MyRequests::collect_sent(const Outbox& outbox) {
  std::size_t added = 0;
  for (const OutboxItem* item : outbox.items()) {
    auto stored = remember_sent(*item);
    if (!stored) {
      return base::unexpected(stored.error());
    }
    added += *stored ? 1 : 0;
  }
  return added;
}

platform::StorageResult<bool> MyRequests::remember_looked_up(const open311::ServiceRequest& request,
                                                             const std::string& query_code, std::int64_t now_ms) {
  const auto code = domain::normalize_query_code(query_code);
  if (!domain::is_request_number(request.service_request_id) || !code) {
    return false;
  }
  MyRequest entry;
  entry.number = request.service_request_id;
  entry.query_code = code;
  entry.service_code = request.service_code;
  if (request.extended_attributes) {
    entry.type = request.extended_attributes->request_type;
  }
  entry.title = title_of(request.description.value_or(""));
  entry.created_ms = now_ms;
  entry.origin = MyRequestOrigin::LookedUp;
  if (auto it = requests_.find(entry.number); it != requests_.end()) {
    entry.created_ms = it->second.created_ms;
    entry.origin = it->second.origin;
    if (it->second == entry) {
      return false;
    }
  }
  return store(std::move(entry));
}

platform::StorageResult<bool> MyRequests::forget(const std::string& number) {
  if (requests_.count(number) == 0) {
    return false;
  }
  auto removed = storage_.remove(key(number));
  if (!removed) {
    return base::unexpected(removed.error());
  }
  requests_.erase(number);
  return true;
}

platform::StorageResult<void> MyRequests::wipe() {
  for (const std::string& prefix : {std::string(kPrefix), quarantine_key(kPrefix)}) {
    auto removed = remove_all(storage_, prefix);
    if (!removed) {
      return removed;
    }
  }
  requests_.clear();
  return {};
}

std::vector<const MyRequest*> MyRequests::items() const {
  std::vector<const MyRequest*> out;
  for (const auto& [number, request] : requests_) {
    out.push_back(&request);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const MyRequest* a, const MyRequest* b) { return a->created_ms > b->created_ms; });
  return out;
}

const MyRequest* MyRequests::find(const std::string& number) const {
  auto it = requests_.find(number);
  return it == requests_.end() ? nullptr : &it->second;
}

std::vector<std::string> MyRequests::numbers() const {
  std::vector<std::string> out;
  for (const auto& [number, request] : requests_) {
    out.push_back(number);
  }
  return out;
}

}  // namespace hotline::api
