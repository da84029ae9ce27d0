// Storage keys and error keys (see storage.h).
#include "platform/storage.h"

#include <algorithm>

namespace hotline::platform {

base::Message StorageError::message() const {
  switch (code) {
    case StorageErrorCode::InvalidKey:
      return {"api.storage.invalid_key", {}};
    case StorageErrorCode::QuotaExceeded:
      return {"api.storage.quota", {}};
    case StorageErrorCode::Io:
      break;
  }
  return {"api.storage.io", {}};
}

bool is_valid_storage_key(std::string_view key) {
  if (key.empty() || key.size() > 200) {
    return false;
  }
  std::size_t start = 0;
  while (start <= key.size()) {
    const std::size_t end = std::min(key.find('/', start), key.size());
    const std::string_view segment = key.substr(start, end - start);
    if (segment.empty() || segment == "." || segment == "..") {
      return false;
    }
    for (char c : segment) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
      if (!ok) {
        return false;
      }
    }
    start = end + 1;
  }
  return true;
}

}  // namespace hotline::platform
