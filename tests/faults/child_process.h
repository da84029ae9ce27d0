// Child processes for the fault tests: started with posix_spawn, waited for with a limit, killed.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace hotline::faults {

// Starts args[0] (a path) with args; the test fails if it cannot be started.
pid_t spawn_child(const std::vector<std::string>& args);

// Waits up to `limit` for the child to end: its exit code (128 + signal when killed), nullopt if it is
// still running.
std::optional<int> wait_for_child(pid_t pid, std::chrono::milliseconds limit);

}  // namespace hotline::faults
