// Saves RGBA pixels as a PNG (QA screenshots of the kiosk).
#pragma once

#include <string>
#include <vector>

namespace hotline::native {

bool write_png(const std::string& path, const std::vector<unsigned char>& rgba, int width, int height);

}  // namespace hotline::native
