// Kiosks run Debian (fonts-noto-cjk) today; the other paths are where Fedora/Arch and manual installs put it.
#include "system_font.h"

#include <array>
#include <cstdlib>
#include <filesystem>

namespace hotline::native {
namespace {

constexpr std::array kCandidates = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/local/share/fonts/NotoSansCJK-Regular.ttc",
};

bool is_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

}  // namespace

base::Expected<std::string, std::string> find_cjk_font(const std::string& configured) {
  if (!configured.empty()) {
    if (is_file(configured)) {
      return configured;
    }
    return base::unexpected("the font file given with --font does not exist: " + configured);
  }
  if (const char* env = std::getenv("HOTLINE_FONT"); env != nullptr && *env != '\0') {
    if (is_file(env)) {
      return std::string(env);
    }
    return base::unexpected(std::string("the font file in HOTLINE_FONT does not exist: ") + env);
  }
  std::string tried;
  for (const char* candidate : kCandidates) {
    if (is_file(candidate)) {
      return std::string(candidate);
    }
    tried += std::string("\n  ") + candidate;
  }
  return base::unexpected("no CJK font found; looked at:" + tried +
                          "\ninstall Noto Sans CJK (Debian: apt-get install fonts-noto-cjk) or pass --font FILE");
}

}  // namespace hotline::native
