// The department's reply photos on the request detail screen: downloaded once from their media URL,
// decoded off the frame into previews (by the platform's PhotoPreparer), kept for the session.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "app/photo_attach.h"
#include "app/photo_preparer.h"
#include "platform/activity.h"
#include "platform/http_transport.h"

namespace hotline::app {

class ReplyPhotos {
 public:
  enum class State { Loading, Ready, Failed };

  // `base_url` is the Open311 root; media URLs the server sends are paths on the same host. Downloads
  // and previews under way count in `activity`.
  ReplyPhotos(platform::HttpTransport& transport, PhotoPreparer& preparer, std::string base_url,
              const platform::Activity& activity);
  ReplyPhotos(const ReplyPhotos&) = delete;
  ReplyPhotos& operator=(const ReplyPhotos&) = delete;

  // Starts the download the first time a screen shows `media_url`; its state afterwards.
  State want(const std::string& media_url);
  const Thumbnail* thumbnail(const std::string& media_url) const;
  void set_listener(std::function<void()> listener) { listener_ = std::move(listener); }
  // Drops every preview (a kiosk session ends).
  void clear();

  // "/media/x" on "https://host/open311/v2" -> "https://host/media/x"; absolute URLs stay.
  static std::string resolve(const std::string& base_url, const std::string& media_url);

 private:
  struct Entry {
    explicit Entry(const platform::Activity& activity) : call(activity) {}
    State state = State::Loading;
    platform::AwaitedCall call;  // the download, then the preview: dropped with the entry
    Thumbnail thumbnail;
  };
  void downloaded(const std::string& media_url, platform::HttpResult result);

  platform::HttpTransport& transport_;
  PhotoPreparer& preparer_;
  std::string base_url_;
  const platform::Activity& activity_;
  std::map<std::string, Entry> entries_;
  std::function<void()> listener_;
};

}  // namespace hotline::app
