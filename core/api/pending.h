// The pollable result of one ApiClient call: a platform::Pending whose error is the typed ApiError.
#pragma once

#include "api/api_error.h"
#include "platform/pending.h"

namespace hotline::api {

using platform::PendingState;
template <typename T>
using Pending = platform::Pending<T, ApiError>;

}  // namespace hotline::api
