// Encoding the upload: JPEG (photos) or PNG (screenshots). The encoders write no metadata at all,
// which is what strips EXIF/XMP/ICC/comments from what leaves the phone.
#pragma once

#include <optional>
#include <string>

#include "photo/image.h"

namespace hotline::photo {

// RGB or RGBA (alpha is flattened onto white first: JPEG has none). Nothing on failure.
std::optional<std::string> encode_jpeg(const Image& image, int quality);
// Keeps RGBA as RGBA.
std::optional<std::string> encode_png(const Image& image);

// An RGB copy of an RGBA image composed over white (empty pixels when out of memory).
Image flatten_on_white(const Image& rgba);

}  // namespace hotline::photo
