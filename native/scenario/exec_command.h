// Running a command from a scenario (the server's admin CLI moving a request along): it inherits the
// runner's output, so its messages land in the test log next to the step that ran it.
#pragma once

#include <string>
#include <vector>

#include "base/expected.h"

namespace hotline::scenario {

// Runs argv[0] (looked up in PATH) with its arguments and waits at most timeout_ms; an error says why
// it did not exit 0 (not found, exit status, signal, killed on timeout).
base::Expected<void, std::string> exec_command(const std::vector<std::string>& argv, int timeout_ms);

}  // namespace hotline::scenario
