// The throwaway primary and standby (see pg_pair.h).
#include "pg_pair.h"

#include <unistd.h>

#include <sstream>
#include <stdexcept>

#include "server_process.h"

namespace hotline::faults {

namespace {

std::string pair_command(const std::string& command, const std::string& dir, const std::string& owner = "") {
  std::vector<std::string> args = {HOTLINE_PG_PAIR_SCRIPT, command, dir};
  if (!owner.empty()) {
    args.push_back(owner);
  }
  const auto result = integration::run_command(args);
  if (result.exit_code != 0) {
    throw std::runtime_error("pg_standby_pair.sh " + command + " failed (" + std::to_string(result.exit_code) +
                             "): " + result.out);
  }
  return result.out;
}

}  // namespace

PgPair::PgPair(const std::string& dir) : dir_(dir) {
  // This process as the owner: should the test die without its destructors, the pair stops anyway.
  std::istringstream ports(pair_command("start", dir_, std::to_string(::getpid())));
  ports >> primary_port_ >> standby_port_;
  if (primary_port_ <= 0 || standby_port_ <= 0) {
    pair_command("stop", dir_);
    throw std::runtime_error("pg_standby_pair.sh start printed no ports");
  }
}

PgPair::~PgPair() {
  integration::run_command({HOTLINE_PG_PAIR_SCRIPT, "stop", dir_});
}

std::string PgPair::uri() const {
  return "postgresql://hotline@127.0.0.1:" + std::to_string(primary_port_) +
         ",127.0.0.1:" + std::to_string(standby_port_) + "/hotline?target_session_attrs=read-write&connect_timeout=2";
}

void PgPair::lose_primary() {
  pair_command("lose-primary", dir_);
}

void PgPair::promote() {
  pair_command("promote", dir_);
}

}  // namespace hotline::faults
