// Image formats recognised from their leading bytes (the file name and the picker's MIME type lie).
#pragma once

#include <optional>
#include <string_view>

namespace hotline::photo {

enum class ImageFormat { Jpeg, Png, WebP, Heif, Avif };

// Sniffs the signature; nothing for anything that is not a recognised image.
std::optional<ImageFormat> detect_format(std::string_view bytes);
std::string_view format_name(ImageFormat format);   // "JPEG", "PNG", "WebP", "HEIF", "AVIF"
std::string_view content_type(ImageFormat format);  // "image/jpeg", ...

}  // namespace hotline::photo
