// Picks one face out of an OpenType collection (.ttc) by its family name, e.g. the SC face of Noto Sans CJK.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace hotline::ui {

// Index of the face whose family name (name table, ID 1 or 16) is `family`; 0 for a single-face
// font file that carries that family; nullopt when no face does or the data is not a font.
std::optional<int> find_face(std::span<const unsigned char> font_file, std::string_view family);

}  // namespace hotline::ui
