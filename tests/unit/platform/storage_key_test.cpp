// Storage keys must map to file names on every platform; error keys are catalog keys.
#include <catch2/catch.hpp>

#include <string>

#include "platform/storage.h"

using hotline::platform::is_valid_storage_key;
using hotline::platform::StorageError;
using hotline::platform::StorageErrorCode;

TEST_CASE("valid storage keys") {
  CHECK(is_valid_storage_key("outbox/items/0123abcd"));
  CHECK(is_valid_storage_key("drafts/current/photos/p-1.jpg"));
  CHECK(is_valid_storage_key("a"));
  CHECK(is_valid_storage_key(std::string(200, 'a')));
}

TEST_CASE("invalid storage keys") {
  CHECK_FALSE(is_valid_storage_key(""));
  CHECK_FALSE(is_valid_storage_key(std::string(201, 'a')));
  CHECK_FALSE(is_valid_storage_key("/abs"));
  CHECK_FALSE(is_valid_storage_key("trailing/"));
  CHECK_FALSE(is_valid_storage_key("a//b"));
  CHECK_FALSE(is_valid_storage_key("a/../b"));
  CHECK_FALSE(is_valid_storage_key("./a"));
  CHECK_FALSE(is_valid_storage_key("Upper"));
  CHECK_FALSE(is_valid_storage_key("sp ace"));
  CHECK_FALSE(is_valid_storage_key("back\\slash"));
  CHECK_FALSE(is_valid_storage_key("\xe4\xb8\xad"));
}

TEST_CASE("storage error message keys") {
  CHECK(StorageError{StorageErrorCode::Io, ""}.message_key() == "api.storage.io");
  CHECK(StorageError{StorageErrorCode::QuotaExceeded, ""}.message_key() == "api.storage.quota");
  CHECK(StorageError{StorageErrorCode::InvalidKey, ""}.message_key() == "api.storage.invalid_key");
  CHECK(StorageError{StorageErrorCode::QuotaExceeded, "IndexedDB"}.message().key == "api.storage.quota");
}
