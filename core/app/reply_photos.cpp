// Reply photo downloads and previews.
#include "app/reply_photos.h"

#include <optional>

#include "photo/prepare.h"

namespace hotline::app {

namespace {

// Reply photos are shown larger than the form's thumbnails: one per row on the detail screen.
constexpr std::uint32_t kPreviewEdge = 640;
constexpr int kTimeoutMs = 60'000;

}  // namespace

ReplyPhotos::ReplyPhotos(platform::HttpTransport& transport, platform::TaskRunner& tasks, std::string base_url)
    : transport_(transport), tasks_(tasks), base_url_(std::move(base_url)) {}

ReplyPhotos::~ReplyPhotos() {
  clear();
}

void ReplyPhotos::clear() {
  for (auto& [url, entry] : entries_) {
    if (entry.state == State::Loading && entry.request != 0) {
      transport_.cancel(entry.request);
    }
  }
  entries_.clear();
  // Decoding still running finishes into nothing.
  alive_ = std::make_shared<bool>(true);
}

std::string ReplyPhotos::resolve(const std::string& base_url, const std::string& media_url) {
  if (media_url.rfind("http://", 0) == 0 || media_url.rfind("https://", 0) == 0 || media_url.empty() ||
      media_url.front() != '/') {
    return media_url;
  }
  const auto scheme = base_url.find("://");
  if (scheme == std::string::npos) {
    return media_url;  // a same-origin root such as "/open311/v2" (the web build)
  }
  const auto path = base_url.find('/', scheme + 3);
  return base_url.substr(0, path) + media_url;
}

ReplyPhotos::State ReplyPhotos::want(const std::string& media_url) {
  if (const auto it = entries_.find(media_url); it != entries_.end()) {
    return it->second.state;
  }
  Entry& entry = entries_[media_url];
  platform::HttpRequest request;
  request.url = resolve(base_url_, media_url);
  request.total_timeout_ms = kTimeoutMs;
  entry.request = transport_.send(std::move(request),
                                  [this, media_url, alive = std::weak_ptr<bool>(alive_)](platform::HttpResult result) {
                                    if (!alive.expired()) {
                                      downloaded(media_url, std::move(result));
                                    }
                                  });
  return State::Loading;
}

void ReplyPhotos::downloaded(const std::string& media_url, platform::HttpResult result) {
  const auto it = entries_.find(media_url);
  if (it == entries_.end()) {
    return;
  }
  if (!result || result->status != 200) {
    it->second.state = State::Failed;
    if (listener_) {
      listener_();
    }
    return;
  }
  auto bytes = std::make_shared<std::string>(std::move(result->body));
  auto prepared = std::make_shared<std::optional<photo::PreparedPhoto>>();
  tasks_.run(
      [bytes, prepared] {
        photo::PhotoSettings settings;
        settings.thumbnail_edge = kPreviewEdge;
        if (auto photo = photo::prepare(*bytes, settings, photo::LocationConsent::Withheld)) {
          *prepared = std::move(photo).value();
        }
      },
      [this, media_url, prepared, alive = std::weak_ptr<bool>(alive_)] {
        if (alive.expired()) {
          return;
        }
        const auto entry = entries_.find(media_url);
        if (entry == entries_.end()) {
          return;
        }
        if (*prepared) {
          entry->second.thumbnail.image = std::move((*prepared)->thumbnail);
          entry->second.state = State::Ready;
        } else {
          entry->second.state = State::Failed;
        }
        if (listener_) {
          listener_();
        }
      });
}

const Thumbnail* ReplyPhotos::thumbnail(const std::string& media_url) const {
  const auto it = entries_.find(media_url);
  return it != entries_.end() && it->second.state == State::Ready ? &it->second.thumbnail : nullptr;
}

}  // namespace hotline::app
