// Reply photo downloads and previews.
#include "app/reply_photos.h"

#include <algorithm>
#include <utility>

namespace hotline::app {

namespace {

constexpr int kTimeoutMs = 60'000;

}  // namespace

ReplyPhotos::ReplyPhotos(platform::HttpTransport& transport, PhotoPreparer& preparer, std::string base_url,
                         const platform::Activity& activity)
    : transport_(transport), preparer_(preparer), base_url_(std::move(base_url)), activity_(activity) {}

void ReplyPhotos::clear() {
  // Each entry's handle cancels its download, or lets its decoding finish into nothing.
  entries_.clear();
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
  Entry& entry = entries_.try_emplace(media_url, activity_).first->second;
  platform::HttpRequest request;
  request.url = resolve(base_url_, media_url);
  request.total_timeout_ms = kTimeoutMs;
  entry.call = transport_.send(
      std::move(request), [this, media_url](platform::HttpResult result) { downloaded(media_url, std::move(result)); });
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
  platform::PickedFile file;
  file.name = media_url;
  file.bytes = std::move(result->body);
  it->second.call =
      preparer_.prepare(file, photo::PhotoUse::ReplyPreview, [this, media_url](PhotoPreparer::Result prepared) {
        const auto entry = entries_.find(media_url);
        if (entry == entries_.end()) {
          return;
        }
        if (prepared) {
          entry->second.thumbnail.image = std::move(prepared->thumbnail);
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
