// Lines of UTF-8 text drawn in black onto an RGBA canvas with stb_truetype (receipts have no GPU and
// no ImGui frame behind them).
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace hotline::native {

struct Canvas {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> rgba;  // white to start with

  // Copies a square RGBA image with its top-left corner at x, y (clipped).
  void blit(const std::vector<unsigned char>& square, int size, int x, int y);
};

class TextRaster {
 public:
  // `font` must outlive the raster; `face` is the index in a font collection.
  TextRaster(const std::vector<unsigned char>& font, int face);
  ~TextRaster();
  TextRaster(const TextRaster&) = delete;
  TextRaster& operator=(const TextRaster&) = delete;

  bool ok() const { return ok_; }
  // One line whose top is at y, `px` pixels tall; characters past the right edge are dropped.
  void draw(Canvas& canvas, const std::string& utf8, int x, int y, float px) const;

 private:
  struct Font;
  std::unique_ptr<Font> font_;
  bool ok_ = false;
};

}  // namespace hotline::native
