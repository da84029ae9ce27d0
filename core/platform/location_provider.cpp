// What the citizen is told when no position came (see location_provider.h).
#include "platform/location_provider.h"

namespace hotline::platform {

base::Message LocationError::message() const {
  // A timeout reads like any other missing fix: the typed address is the way on either way.
  return {problem == LocationProblem::Denied ? "app.place.location_denied" : "app.place.location_unavailable", {}};
}

}  // namespace hotline::platform
