// libFuzzer harness: any bytes through inspect() and, as a bare TIFF block, through parse_exif().
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "photo/capture_time.h"
#include "photo/exif.h"
#include "photo/inspect.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hotline::photo;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto info = inspect(bytes);
  if (info) {
    // Orientation must always be usable, whatever the EXIF said.
    if (info->orientation < 1 || info->orientation > 8 || info->width == 0 || info->height == 0) {
      __builtin_trap();
    }
    capture_time_iso8601(info->exif, "+08:00");
  }
  const auto exif = parse_exif(bytes);
  if (exif) {
    capture_time_iso8601(*exif, "");
  }
  return 0;
}
