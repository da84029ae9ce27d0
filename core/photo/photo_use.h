// What a photo is prepared for, and the pipeline's settings for each use, so every place that runs
// the pipeline (a kiosk's worker thread, the browser's Web Worker, its fallback) prepares alike.
#pragma once

#include "photo/photo_settings.h"

namespace hotline::photo {

enum class PhotoUse {
  Upload,        // a citizen's photo: the default settings, its location read (whether it travels is
                 // decided when sending)
  ReplyPreview,  // a department's reply photo: only its larger preview is shown, no location kept
};

inline PhotoSettings settings_for(PhotoUse use) {
  PhotoSettings settings;
  if (use == PhotoUse::ReplyPreview) {
    settings.thumbnail_edge = 640;  // one per row on the detail screen, larger than the form's
  }
  return settings;
}

inline LocationConsent consent_for(PhotoUse use) {
  return use == PhotoUse::Upload ? LocationConsent::Shared : LocationConsent::Withheld;
}

}  // namespace hotline::photo
