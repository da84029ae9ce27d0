// Photo bytes as files (see media_files.h).
#include "store/media_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>

namespace hotline::server {

namespace {

bool write_all_durably(const std::filesystem::path& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return false;
  }
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) {
      ::close(fd);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  return ::close(fd) == 0 && synced;
}

void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

std::filesystem::path MediaFiles::path_of(std::string_view id) const {
  return dir_ / std::string(id.substr(0, 2)) / std::string(id);
}

base::Expected<void, MediaError> MediaFiles::put(const std::string& id, std::string_view bytes) {
  const auto final_path = path_of(id);
  std::error_code ec;
  if (std::filesystem::exists(final_path, ec)) {
    return {};
  }
  std::filesystem::create_directories(final_path.parent_path(), ec);
  static std::atomic<unsigned> counter{0};
  const auto temp =
      final_path.parent_path() / (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)));
  if (ec || !write_all_durably(temp, bytes)) {
    std::filesystem::remove(temp, ec);
    return base::unexpected(MediaError{MediaErrorCode::Storage, "cannot write media file"});
  }
  std::filesystem::rename(temp, final_path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return base::unexpected(MediaError{MediaErrorCode::Storage, "cannot store media file"});
  }
  sync_directory(final_path.parent_path());
  return {};
}

std::optional<std::string> MediaFiles::read(std::string_view id) const {
  std::ifstream in(path_of(id), std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace hotline::server
