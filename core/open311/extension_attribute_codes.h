// Attribute codes of our Open311 extension fields: what services/{code}.json lists and clients send as
// attribute[CODE]=value. One definition for the server and every client.
#pragma once

#include <string_view>

namespace hotline::open311 {

inline constexpr std::string_view kAttrResidentId = "resident_id";
inline constexpr std::string_view kAttrAnonymous = "anonymous";
inline constexpr std::string_view kAttrShowName = "show_name";
inline constexpr std::string_view kAttrKioskStation = "kiosk_station";

}  // namespace hotline::open311
