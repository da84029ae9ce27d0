// A point in time as Unix seconds (UTC); core takes time as a parameter and never reads a clock.
#pragma once

#include <cstdint>

namespace hotline::workflow {

using Instant = std::int64_t;

}  // namespace hotline::workflow
