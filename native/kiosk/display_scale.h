// How big a kiosk draws: device pixels per layout pixel. The app lays out in the logical pixels phones
// use (a body text of 18, touch targets of 52 at "normal"); a 1080x1920 panel at 1 lays it out like
// a phone a metre wide, with small text for someone standing at arm's length.
#pragma once

#include <optional>

namespace hotline::native {

// The configured `scale`, else from the display's DPI: one layout pixel per 1/48 inch (twice the
// desktop's 1/96), so the "large" 22 px body text has a 12 mm em and a 52 px target is 2.7 cm wide --
// readable and tappable at arm's length by older citizens; rounded down to a quarter, from 1 to 4. Unknown
// DPI (the headless driver): 1. A 21.5" 1080x1920 panel (102 dpi) gets 2: a 540x960 layout.
float kiosk_scale(std::optional<float> configured, std::optional<float> display_dpi);

}  // namespace hotline::native
