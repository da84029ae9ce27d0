// Downscaling for the upload (long edge <= setting) and for the UI thumbnail.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "photo/image.h"

namespace hotline::photo {

// The size that keeps the aspect ratio with the long edge at most max_edge (never upscales, never 0).
std::pair<std::uint32_t, std::uint32_t> fit_within(std::uint32_t width, std::uint32_t height, std::uint32_t max_edge);

// A resampled copy: separable Catmull-Rom filter widened by the shrink factor (so every source pixel
// contributes, no aliasing), integer arithmetic, alpha-weighted for RGBA. Takes the image by value
// because RGBA pixels are premultiplied in place. Nothing when out of memory.
std::optional<Image> resize(Image image, std::uint32_t width, std::uint32_t height);

}  // namespace hotline::photo
