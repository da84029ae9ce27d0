// zlib-based gzip and Accept-Encoding parsing (see gzip.h).
#include "http/gzip.h"

#include <zlib.h>

namespace hotline::server {

namespace {

// deflate never refers further back than the input (plus its 262-byte lookahead), so a window sized
// to the input compresses to the same bytes; for a JSON answer of a few KiB it halves the time, which
// otherwise goes to allocating and touching a 32 KiB window and its tables on every answer.
int window_bits_for(std::size_t size) {
  constexpr std::size_t kLookahead = 262;
  int bits = 9;
  while (bits < 15 && (std::size_t{1} << bits) < size + kLookahead) {
    ++bits;
  }
  return bits;
}

}  // namespace

std::optional<std::string> gzip_compress(std::string_view data, GzipLevel level) {
  z_stream stream{};
  constexpr int kGzipWrapper = 16;
  const bool best = level == GzipLevel::Best;
  if (deflateInit2(&stream, best ? Z_BEST_COMPRESSION : Z_DEFAULT_COMPRESSION, Z_DEFLATED,
                   window_bits_for(data.size()) + kGzipWrapper, best ? 9 : 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) {
    return std::nullopt;
  }
  return out;
}

namespace {

bool accepts_coding(std::string_view accept_encoding, std::string_view wanted, bool wildcard_counts) {
  std::size_t pos = 0;
  while (pos < accept_encoding.size()) {
    std::size_t end = accept_encoding.find(',', pos);
    if (end == std::string_view::npos) {
      end = accept_encoding.size();
    }
    std::string_view item = accept_encoding.substr(pos, end - pos);
    pos = end + 1;
    while (!item.empty() && item.front() == ' ') {
      item.remove_prefix(1);
    }
    const std::size_t semicolon = item.find(';');
    std::string_view coding = item.substr(0, semicolon);
    while (!coding.empty() && coding.back() == ' ') {
      coding.remove_suffix(1);
    }
    if (coding != wanted && !(wildcard_counts && coding == "*")) {
      continue;
    }
    if (semicolon == std::string_view::npos) {
      return true;
    }
    const std::string_view params = item.substr(semicolon + 1);
    const std::size_t q = params.find("q=");
    if (q == std::string_view::npos) {
      return true;
    }
    const std::string_view value = params.substr(q + 2);
    // q=0, q=0.0, q=0.000 mean "not acceptable"; anything else with a non-zero digit is fine.
    return value.find_first_of("123456789") < value.find_first_of(" ,;");
  }
  return false;
}

}  // namespace

bool accepts_gzip(std::string_view accept_encoding) {
  return accepts_coding(accept_encoding, "gzip", true);
}

bool accepts_brotli(std::string_view accept_encoding) {
  return accepts_coding(accept_encoding, "br", false);
}

}  // namespace hotline::server
