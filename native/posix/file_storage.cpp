// Atomic, durable file storage (see file_storage.h). Plain POSIX so Emscripten's IDBFS-backed file
// system can use it too (web/system).
#include "native/posix/file_storage.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace hotline::posix {

namespace {

// '~' cannot occur in a key, so temporary files never show up in list() and never collide with a value.
constexpr const char* kTempSuffix = "~tmp";

platform::StorageError os_error(const std::string& what, int err) {
  const auto code = err == EDQUOT ? platform::StorageErrorCode::QuotaExceeded : platform::StorageErrorCode::Io;
  return platform::StorageError{code, what + ": " + std::strerror(err)};
}

bool fsync_path(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return false;
  }
  const bool ok = ::fsync(fd) == 0 || errno == EINVAL;  // some file systems cannot sync directories
  ::close(fd);
  return ok;
}

std::string parent_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

// mkdir -p; each directory created is made durable in its parent.
bool make_directories(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    return S_ISDIR(st.st_mode);
  }
  const std::string parent = parent_of(path);
  if (parent != path && !make_directories(parent)) {
    return false;
  }
  if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) {
    return false;
  }
  return fsync_path(parent);
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

void collect(const std::string& dir, const std::string& key_prefix, std::vector<std::string>& out) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    return;
  }
  while (const dirent* entry = ::readdir(d)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") {
      continue;
    }
    const std::string path = dir + "/" + name;
    const std::string key = key_prefix + name;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      collect(path, key + "/", out);
    } else if (S_ISREG(st.st_mode) && platform::is_valid_storage_key(key)) {
      out.push_back(key);
    }
  }
  ::closedir(d);
}

}  // namespace

FileStorage::FileStorage(std::string root, platform::RunQueue& queue) : root_(std::move(root)), queue_(queue) {
  make_directories(root_);
}

platform::StorageResult<std::string> FileStorage::path_of(std::string_view key) const {
  if (!platform::is_valid_storage_key(key)) {
    return base::unexpected(platform::StorageError{platform::StorageErrorCode::InvalidKey, std::string(key)});
  }
  return root_ + "/" + std::string(key);
}

platform::StorageResult<std::optional<std::string>> FileStorage::read(std::string_view key) {
  auto path = path_of(key);
  if (!path) {
    return base::unexpected(path.error());
  }
  const int fd = ::open(path->c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return std::optional<std::string>();
    }
    return base::unexpected(os_error("open " + *path, errno));
  }
  std::string data;
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return base::unexpected(os_error("read " + *path, err));
    }
    if (n == 0) {
      break;
    }
    data.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return std::optional<std::string>(std::move(data));
}

platform::StorageResult<void> FileStorage::write(std::string_view key, std::string_view value) {
  auto path = path_of(key);
  if (!path) {
    return base::unexpected(path.error());
  }
  const std::string dir = parent_of(*path);
  const auto fail = [this](platform::StorageError error) -> platform::StorageResult<void> {
    failed_since_last_check_ = error;
    return base::unexpected(std::move(error));
  };
  if (!make_directories(dir)) {
    return fail(os_error("mkdir " + dir, errno));
  }
  const std::string temp = *path + kTempSuffix;
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    return fail(os_error("open " + temp, errno));
  }
  if (!write_all(fd, value) || ::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return fail(os_error("write " + temp, err));
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return fail(os_error("close " + temp, err));
  }
  if (::rename(temp.c_str(), path->c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    return fail(os_error("rename " + temp, err));
  }
  if (!fsync_path(dir)) {
    return fail(os_error("fsync " + dir, errno));
  }
  return {};
}

platform::StorageResult<bool> FileStorage::remove(std::string_view key) {
  auto path = path_of(key);
  if (!path) {
    return base::unexpected(path.error());
  }
  if (::unlink(path->c_str()) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return false;
    }
    return base::unexpected(os_error("unlink " + *path, errno));
  }
  fsync_path(parent_of(*path));
  return true;
}

platform::StorageResult<std::vector<std::string>> FileStorage::list(std::string_view prefix) {
  std::vector<std::string> keys;
  // Only the directory the prefix points into is walked ("outbox/items/" -> root/outbox/items).
  const auto slash = prefix.rfind('/');
  const std::string dir_key = slash == std::string_view::npos ? "" : std::string(prefix.substr(0, slash + 1));
  collect(dir_key.empty() ? root_ : root_ + "/" + dir_key.substr(0, dir_key.size() - 1), dir_key, keys);
  keys.erase(std::remove_if(keys.begin(), keys.end(),
                            [&](const std::string& k) { return k.compare(0, prefix.size(), prefix) != 0; }),
             keys.end());
  std::sort(keys.begin(), keys.end());
  return keys;
}

platform::Call FileStorage::when_durable(platform::DurableCallback callback) {
  platform::Call call = platform::Call::started();
  platform::StorageResult<bool> result = true;
  if (auto failed = std::exchange(failed_since_last_check_, std::nullopt)) {
    result = base::unexpected(std::move(*failed));
  }
  queue_.post([answer = call.deliver(std::move(callback)), result = std::move(result)] { answer(result); });
  return call;
}

}  // namespace hotline::posix
