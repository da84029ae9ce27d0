// FileStorage: values round trip byte for byte, survive a new instance, are replaced atomically (no
// temporary files left), listed by prefix, and keys that could escape the directory are refused;
// when_durable answers through the RunQueue, never inside the call nor after its handle is gone.
#include <catch2/catch.hpp>

#include <filesystem>

#include "native/posix/file_storage.h"
#include "platform/run_queue.h"
#include "server_process.h"

using namespace hotline;

TEST_CASE("file storage round trip, overwrite, list, remove") {
  integration::TempDir dir;
  const std::string root = dir.file("store");
  platform::RunQueue queue;
  {
    posix::FileStorage storage(root, queue);
    const std::string binary("\0\xff\r\n photo", 11);
    REQUIRE(storage.write("outbox/items/a", "one").has_value());
    REQUIRE(storage.write("outbox/items/b", "two").has_value());
    REQUIRE(storage.write("outbox/photos/a/p1", binary).has_value());
    REQUIRE(storage.write("outbox/items/a", "one, again").has_value());
    CHECK(storage.read("outbox/photos/a/p1").value() == binary);
    bool durable = false;
    const platform::Call call = storage.when_durable([&](platform::StorageResult<bool> r) { durable = r.has_value(); });
    CHECK_FALSE(durable);  // never inside the call
    queue.pump();
    CHECK(durable);
  }
  posix::FileStorage storage(root, queue);
  CHECK(storage.read("outbox/items/a").value() == "one, again");
  CHECK_FALSE(storage.read("outbox/items/zzz").value().has_value());
  CHECK_FALSE(storage.read("nothing/here").value().has_value());
  CHECK(storage.list("outbox/items/").value() == std::vector<std::string>{"outbox/items/a", "outbox/items/b"});
  CHECK(storage.list("outbox/").value().size() == 3);
  CHECK(storage.list("").value().size() == 3);
  CHECK(storage.list("outbox/items/b").value() == std::vector<std::string>{"outbox/items/b"});
  CHECK(storage.remove("outbox/items/b").value());
  CHECK_FALSE(storage.remove("outbox/items/b").value());
  CHECK(storage.list("outbox/items/").value().size() == 1);
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    CHECK(entry.path().string().find("~tmp") == std::string::npos);
  }
}

TEST_CASE("file storage refuses keys outside its directory") {
  integration::TempDir dir;
  platform::RunQueue queue;
  posix::FileStorage storage(dir.file("store"), queue);
  for (const char* key : {"../escape", "/etc/passwd", "a/../../b", "", "Upper"}) {
    INFO(key);
    auto written = storage.write(key, "x");
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == platform::StorageErrorCode::InvalidKey);
    CHECK_FALSE(storage.read(key).has_value());
  }
  CHECK_FALSE(std::filesystem::exists(dir.path() / "escape"));
}

TEST_CASE("a write that fails is reported, also to when_durable") {
  integration::TempDir dir;
  platform::RunQueue queue;
  posix::FileStorage storage(dir.file("store"), queue);
  REQUIRE(storage.write("blocker", "x").has_value());
  auto written = storage.write("blocker/child", "y");  // "blocker" is a file, not a directory
  REQUIRE_FALSE(written.has_value());
  CHECK(written.error().code == platform::StorageErrorCode::Io);
  std::optional<platform::StorageResult<bool>> durable;
  platform::Call call = storage.when_durable([&](platform::StorageResult<bool> r) { durable = std::move(r); });
  queue.pump();
  REQUIRE(durable);
  CHECK_FALSE(durable->has_value());
  call = storage.when_durable([&](platform::StorageResult<bool> r) { durable = std::move(r); });
  queue.pump();
  CHECK(durable->has_value());
}

TEST_CASE("a when_durable whose handle is gone does not answer") {
  integration::TempDir dir;
  platform::RunQueue queue;
  posix::FileStorage storage(dir.file("store"), queue);
  REQUIRE(storage.write("a", "x").has_value());
  bool answered = false;
  {
    const platform::Call dropped = storage.when_durable([&](platform::StorageResult<bool>) { answered = true; });
  }
  platform::Call cancelled = storage.when_durable([&](platform::StorageResult<bool>) { answered = true; });
  cancelled.cancel();
  CHECK(queue.pump() == 2);
  CHECK_FALSE(answered);
}
