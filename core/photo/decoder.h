// Decoding behind an interface: a platform may offer a faster decoder, the portable stb_image path is
// always there as the fallback. The interface is synchronous, which suits native decoders (e.g.
// libjpeg-turbo's DCT scaling on kiosks); the browser's decoders (createImageBitmap, ImageDecoder) are
// asynchronous and would need prepare() split into decode and finish steps.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/expected.h"
#include "photo/image.h"
#include "photo/inspect.h"

namespace hotline::photo {

struct DecodedImage {
  Image image;  // RGB, or RGBA when ImageInfo::has_alpha
  // Some decoders rotate by EXIF themselves (browsers' image decoding does by default); then the
  // pipeline must not rotate again.
  bool orientation_applied = false;
};

class PlatformDecoder {
 public:
  virtual ~PlatformDecoder() = default;
  virtual bool can_decode(ImageFormat format) const = 0;
  // info comes from inspect(), so limits were already checked on the header.
  virtual base::Expected<DecodedImage, PhotoError> decode(std::string_view bytes, const ImageInfo& info) = 0;
};

// stb_image (JPEG baseline/progressive, PNG), with every allocation counted against a budget derived
// from the header's pixel count: a file whose data disagrees with its header cannot take more memory.
class PortableDecoder final : public PlatformDecoder {
 public:
  bool can_decode(ImageFormat format) const override;
  base::Expected<DecodedImage, PhotoError> decode(std::string_view bytes, const ImageInfo& info) override;

  // Worst case of stb_image for a progressive 4:4:4 JPEG: 16-bit coefficients, component planes and the
  // output, about 12 bytes per pixel, plus headroom for tables.
  static std::uint64_t memory_budget(const ImageInfo& info);
};

}  // namespace hotline::photo
