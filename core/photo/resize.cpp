// Separable resampling in 14-bit fixed point: a horizontal pass into an 8-bit intermediate of
// out_width x in_height, then a vertical pass whose inner loop runs over whole rows (vectorisable).
// Faster than stb_image_resize's float pipeline by several times on 12 MP photos.
#include "photo/resize.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace hotline::photo {
namespace {

constexpr int kShift = 14;
constexpr int kOne = 1 << kShift;

// Catmull-Rom (cubic, a = -0.5): sharp enough to keep text on signs readable.
double cubic(double x) {
  x = std::fabs(x);
  if (x < 1) {
    return 1.5 * x * x * x - 2.5 * x * x + 1;
  }
  if (x < 2) {
    return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
  }
  return 0;
}

// For each output position, the first source index and the fixed-point weights of its taps.
struct Taps {
  std::vector<int> start;
  std::vector<int> count;
  std::vector<int> offset;  // into weights
  std::vector<std::int32_t> weights;
};

Taps make_taps(std::uint32_t in_size, std::uint32_t out_size) {
  const double scale = static_cast<double>(in_size) / out_size;
  const double stretch = std::max(scale, 1.0);
  const double support = 2 * stretch;
  Taps taps;
  std::vector<double> raw;
  for (std::uint32_t i = 0; i < out_size; ++i) {
    const double center = (i + 0.5) * scale;
    const int first = std::max(0, static_cast<int>(std::floor(center - support)));
    const int last = std::min(static_cast<int>(in_size) - 1, static_cast<int>(std::ceil(center + support)));
    raw.clear();
    double sum = 0;
    for (int j = first; j <= last; ++j) {
      raw.push_back(cubic((j + 0.5 - center) / stretch));
      sum += raw.back();
    }
    taps.start.push_back(first);
    taps.count.push_back(static_cast<int>(raw.size()));
    taps.offset.push_back(static_cast<int>(taps.weights.size()));
    // Round each weight, then give the rounding residue to the largest so the sum is exactly kOne
    // (a flat colour stays exactly flat).
    int total = 0;
    std::size_t largest = taps.weights.size();
    for (const double w : raw) {
      const auto fixed = static_cast<std::int32_t>(std::lround(w / sum * kOne));
      if (largest == taps.weights.size() || fixed > taps.weights[largest]) {
        largest = taps.weights.size();
      }
      taps.weights.push_back(fixed);
      total += fixed;
    }
    taps.weights[largest] += kOne - total;
  }
  return taps;
}

std::uint8_t clamp_round(std::int32_t acc) {
  return static_cast<std::uint8_t>(std::clamp((acc + (kOne >> 1)) >> kShift, 0, 255));
}

template <int C>
void horizontal(const Image& in, const Taps& taps, std::uint32_t out_width, std::uint8_t* out) {
  for (std::uint32_t y = 0; y < in.height; ++y) {
    const std::uint8_t* row = in.pixels.data() + y * in.stride();
    std::uint8_t* to = out + std::size_t{y} * out_width * C;
    for (std::uint32_t x = 0; x < out_width; ++x) {
      const std::uint8_t* src = row + std::size_t(taps.start[x]) * C;
      const std::int32_t* w = taps.weights.data() + taps.offset[x];
      std::int32_t acc[C] = {};
      for (int k = 0; k < taps.count[x]; ++k, src += C) {
        for (int c = 0; c < C; ++c) {
          acc[c] += w[k] * src[c];
        }
      }
      for (int c = 0; c < C; ++c) {
        to[x * C + c] = clamp_round(acc[c]);
      }
    }
  }
}

void vertical(const std::uint8_t* in, std::size_t row_bytes, const Taps& taps, std::uint32_t out_height,
              std::uint8_t* out) {
  std::vector<std::int32_t> acc(row_bytes);
  for (std::uint32_t y = 0; y < out_height; ++y) {
    std::fill(acc.begin(), acc.end(), 0);
    const std::int32_t* w = taps.weights.data() + taps.offset[y];
    for (int k = 0; k < taps.count[y]; ++k) {
      const std::uint8_t* row = in + (std::size_t(taps.start[y]) + k) * row_bytes;
      const std::int32_t weight = w[k];
      for (std::size_t i = 0; i < row_bytes; ++i) {
        acc[i] += weight * row[i];
      }
    }
    std::uint8_t* to = out + y * row_bytes;
    for (std::size_t i = 0; i < row_bytes; ++i) {
      to[i] = clamp_round(acc[i]);
    }
  }
}

// Averages k x k blocks (partial blocks at the right and bottom edges average what they have). A cheap
// first step for big shrinks, as libvips does: the cubic filter then only spans a few taps.
std::optional<Image> box_shrink(const Image& image, std::uint32_t k) {
  const std::uint32_t width = (image.width + k - 1) / k, height = (image.height + k - 1) / k;
  Image out = make_image(width, height, image.channels);
  if (out.pixels.empty()) {
    return std::nullopt;
  }
  const int channels = image.channels;
  std::vector<std::uint32_t> sums(out.stride());
  for (std::uint32_t oy = 0; oy < height; ++oy) {
    std::fill(sums.begin(), sums.end(), 0);
    const std::uint32_t y_end = std::min(image.height, (oy + 1) * k);
    for (std::uint32_t y = oy * k; y < y_end; ++y) {
      const std::uint8_t* row = image.pixels.data() + y * image.stride();
      for (std::uint32_t ox = 0; ox < width; ++ox) {
        std::uint32_t* sum = sums.data() + ox * channels;
        const std::uint32_t x_end = std::min(image.width, (ox + 1) * k);
        for (const std::uint8_t* p = row + ox * k * channels; p < row + x_end * channels; p += channels) {
          for (int c = 0; c < channels; ++c) {
            sum[c] += p[c];
          }
        }
      }
    }
    std::uint8_t* to = out.pixels.data() + oy * out.stride();
    const std::uint32_t rows = y_end - oy * k;
    for (std::uint32_t ox = 0; ox < width; ++ox) {
      const std::uint32_t area = rows * (std::min(image.width, (ox + 1) * k) - ox * k);
      for (int c = 0; c < channels; ++c) {
        to[ox * channels + c] = static_cast<std::uint8_t>((sums[ox * channels + c] + area / 2) / area);
      }
    }
  }
  return out;
}

void premultiply(Image& image) {
  std::uint8_t* p = image.pixels.data();
  for (std::size_t i = 0, n = std::size_t{image.width} * image.height; i < n; ++i, p += 4) {
    for (int c = 0; c < 3; ++c) {
      p[c] = static_cast<std::uint8_t>((p[c] * p[3] + 127) / 255);
    }
  }
}

void unpremultiply(Image& image) {
  std::uint8_t* p = image.pixels.data();
  for (std::size_t i = 0, n = std::size_t{image.width} * image.height; i < n; ++i, p += 4) {
    if (p[3] != 0) {
      for (int c = 0; c < 3; ++c) {
        p[c] = static_cast<std::uint8_t>(std::min(255, (p[c] * 255 + p[3] / 2) / p[3]));
      }
    }
  }
}

}  // namespace

std::pair<std::uint32_t, std::uint32_t> fit_within(std::uint32_t width, std::uint32_t height, std::uint32_t max_edge) {
  const std::uint32_t long_edge = std::max(width, height);
  if (long_edge <= max_edge || long_edge == 0) {
    return {width, height};
  }
  const double scale = static_cast<double>(max_edge) / long_edge;
  const auto scaled = [&](std::uint32_t edge) {
    return std::max<std::uint32_t>(1, static_cast<std::uint32_t>(std::lround(edge * scale)));
  };
  return width >= height ? std::pair{max_edge, scaled(height)} : std::pair{scaled(width), max_edge};
}

std::optional<Image> resize(Image image, std::uint32_t width, std::uint32_t height) {
  if (image.pixels.empty() || width == 0 || height == 0 || (image.channels != 3 && image.channels != 4)) {
    return std::nullopt;
  }
  if (image.channels == 4) {
    premultiply(image);
  }
  const std::uint32_t k = std::min(image.width / width, image.height / height);
  if (k >= 2) {
    auto shrunk = box_shrink(image, k);
    if (!shrunk) {
      return std::nullopt;
    }
    image = std::move(*shrunk);
  }
  Image out = make_image(width, height, image.channels);
  PixelBuffer between(std::size_t{width} * image.height * static_cast<std::size_t>(image.channels));
  if (out.pixels.empty() || between.empty()) {
    return std::nullopt;
  }
  if (image.channels == 4) {
    horizontal<4>(image, make_taps(image.width, width), width, between.data());
  } else {
    horizontal<3>(image, make_taps(image.width, width), width, between.data());
  }
  vertical(between.data(), out.stride(), make_taps(image.height, height), height, out.pixels.data());
  if (out.channels == 4) {
    unpremultiply(out);
  }
  return out;
}

}  // namespace hotline::photo
