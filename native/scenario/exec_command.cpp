// posix_spawnp and a polling wait with a deadline (see exec_command.h).
#include "native/scenario/exec_command.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <thread>

extern char** environ;

namespace hotline::scenario {

base::Expected<void, std::string> exec_command(const std::vector<std::string>& argv, int timeout_ms) {
  std::vector<char*> args;
  for (const std::string& arg : argv) {
    args.push_back(const_cast<char*>(arg.c_str()));
  }
  args.push_back(nullptr);
  pid_t pid = 0;
  if (const int error = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ); error != 0) {
    return base::unexpected("cannot start '" + argv[0] + "': " + std::strerror(error));
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  int status = 0;
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) {
      break;
    }
    if (done < 0) {
      return base::unexpected("waiting for '" + argv[0] + "' failed: " + std::strerror(errno));
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return base::unexpected("'" + argv[0] + "' did not finish within " + std::to_string(timeout_ms) + " ms");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    return {};
  }
  if (WIFEXITED(status)) {
    return base::unexpected("'" + argv[0] + "' exited with status " + std::to_string(WEXITSTATUS(status)));
  }
  return base::unexpected("'" + argv[0] + "' was killed by signal " + std::to_string(WTERMSIG(status)));
}

}  // namespace hotline::scenario
