// The shared budget of concurrent photo decodes (see decode_budget.h).
#include "cases/decode_budget.h"

namespace hotline::server {

std::optional<DecodeBudget::Lease> DecodeBudget::try_take(std::uint64_t bytes) {
  std::lock_guard lock(mutex_);
  if (bytes > max_bytes_ - in_use_) {
    return std::nullopt;
  }
  in_use_ += bytes;
  return Lease(*this, bytes);
}

void DecodeBudget::give_back(std::uint64_t bytes) {
  std::lock_guard lock(mutex_);
  in_use_ -= bytes;
}

}  // namespace hotline::server
