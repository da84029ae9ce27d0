// Times prepare() on one file; prints one line of key=value figures for bench/photo/run.sh.
//   photo_bench FILE [--out OUT] [--runs N] [--phases]
// --phases also times each stage of prepare() on its own (which adds to the wall time and peak memory).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "peak_memory.h"
#include "photo/decoder.h"
#include "photo/encode.h"
#include "photo/orientation.h"
#include "photo/prepare.h"
#include "photo/resize.h"
#include "photo/sha256.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace hotline::photo;

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Options {
  std::string input;
  std::string output;
  int runs = 1;
  bool phases = false;
};

Options parse(int argc, char** argv) {
  Options options;
  options.input = argv[1];
  for (int i = 2; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--phases") {
      options.phases = true;
    } else if (flag == "--out" && i + 1 < argc) {
      options.output = argv[++i];
    } else if (flag == "--runs" && i + 1 < argc) {
      options.runs = std::max(1, std::atoi(argv[++i]));
    }
  }
  return options;
}

// Each stage of prepare() on its own, in prepare()'s order, to show where the time goes.
std::string time_phases(const std::string& bytes, const ImageInfo& info) {
  std::string figures;
  auto start = Clock::now();
  const auto lap = [&](const char* name) {
    char text[48];
    std::snprintf(text, sizeof text, " %s_ms=%.0f", name, milliseconds_since(start));
    figures += text;
    start = Clock::now();
  };
  PortableDecoder decoder;
  auto decoded = decoder.decode(bytes, info);
  if (!decoded) {
    return " phases=failed";
  }
  lap("decode");
  const PhotoSettings settings;
  const auto [width, height] = fit_within(info.width, info.height, settings.max_edge);
  auto scaled = resize(std::move(decoded->image), width, height);
  if (!scaled) {
    return " phases=failed";
  }
  lap("resize");
  const Image upright = apply_orientation(std::move(*scaled), info.orientation);
  lap("orient");
  const auto jpeg = encode_jpeg(upright, settings.jpeg_quality);
  if (!jpeg) {
    return " phases=failed";
  }
  lap("encode");
  Image copy = make_image(upright.width, upright.height, upright.channels);
  std::memcpy(copy.pixels.data(), upright.pixels.data(), upright.byte_count());
  const auto [thumb_width, thumb_height] = fit_within(upright.width, upright.height, settings.thumbnail_edge);
  const auto thumbnail = resize(std::move(copy), thumb_width, thumb_height);
  lap("thumbnail");
  const std::string digest = sha256_hex(*jpeg);
  lap("sha256");
  return figures;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: photo_bench FILE [--out OUT] [--runs N] [--phases]\n");
    return 1;
  }
  const Options options = parse(argc, argv);
  // One read call: character-wise stream iteration costs seconds for 8 MB under WebAssembly.
  std::ifstream in(options.input, std::ios::binary | std::ios::ate);
  std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  const auto info = inspect(bytes);
  if (!info) {
    std::fprintf(stderr, "photo_bench: %s\n", info.error().key().c_str());
    return 2;
  }
  double best_prepare = 1e30;
  std::string phases;
  if (options.phases) {
    phases = time_phases(bytes, *info);
  }
  std::string upload;
  std::uint32_t width = 0, height = 0;
  for (int run = 0; run < options.runs; ++run) {
    const auto start = Clock::now();
    auto photo = prepare(bytes, PhotoSettings{}, LocationConsent::Withheld);
    best_prepare = std::min(best_prepare, milliseconds_since(start));
    if (!photo) {
      std::fprintf(stderr, "photo_bench: %s\n", photo.error().key().c_str());
      return 2;
    }
    upload = std::move(photo->bytes);
    width = photo->record.width;
    height = photo->record.height;
  }
  if (!options.output.empty()) {
    std::ofstream(options.output, std::ios::binary).write(upload.data(), static_cast<std::streamsize>(upload.size()));
  }
  const double decoded_mb = static_cast<double>(info->width) * info->height * 3 / (1 << 20);
  std::printf(
      "input=%ux%u input_kb=%zu output=%ux%u output_kb=%zu prepare_ms=%.0f decoded_mb=%.1f "
      "peak_mb=%.1f%s\n",
      info->width, info->height, bytes.size() / 1024, width, height, upload.size() / 1024, best_prepare, decoded_mb,
      static_cast<double>(peak_memory_bytes()) / (1 << 20), phases.c_str());
  return 0;
}
