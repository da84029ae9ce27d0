// The host app the page runs inside (WeChat, Alipay, e福州 through window.HotlineHost;
// docs/host_bridge.md): what it offers the app beyond a plain browser, its map picker and the signed
// identity of a citizen it has verified. Photos, the position and the back button go through the
// host too, behind PhotoPicker, LocationProvider and the page's history; offers() says which do.
#pragma once

#include <functional>
#include <string>

#include "base/expected.h"
#include "platform/call.h"

namespace hotline::platform {

struct HostOffers {
  bool photos = false;      // its photo picker (camera or album)
  bool location = false;    // its position
  bool map_picker = false;  // "choose on the map": a named place with its coordinates
  bool identity = false;    // a signed identity of the citizen it has verified
  bool back = false;        // its own back button
};

// A place the citizen picked on the host's map, in WGS-84 (a GCJ-02 answer already converted).
struct HostPlace {
  double lat = 0;
  double lon = 0;
  std::string name;     // what the map calls it, e.g. "五一广场"; may be empty
  std::string address;  // its street address; may be empty
};

enum class HostError { Cancelled, Unavailable };

class HostBridge {
 public:
  virtual ~HostBridge() = default;
  // Asked at each use: a host's bridge may arrive after the page started (Alipay's does).
  virtual HostOffers offers() const = 0;
  // The callbacks run once, later, through the app's RunQueue (never from inside the call), while the
  // returned handle lives; a second call before the first answered replaces it.
  virtual Call choose_place(std::function<void(base::Expected<HostPlace, HostError>)> done) = 0;
  // The host's signed token (a JSON Web Token the server verifies; never trusted by the app itself).
  virtual Call identity_token(std::function<void(base::Expected<std::string, HostError>)> done) = 0;
};

}  // namespace hotline::platform
