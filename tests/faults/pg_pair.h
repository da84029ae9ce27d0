// Test harness: the throwaway PostgreSQL primary and synchronous standby of pg_standby_pair.sh, with
// the multi-host URI the instances take; stopped when it goes out of scope, whatever happened.
#pragma once

#include <string>

namespace hotline::faults {

class PgPair {
 public:
  explicit PgPair(const std::string& dir);  // starts both (tens of seconds on a busy machine)
  ~PgPair();
  PgPair(const PgPair&) = delete;
  PgPair& operator=(const PgPair&) = delete;

  int primary_port() const { return primary_port_; }
  int standby_port() const { return standby_port_; }
  // postgresql://...@primary,standby/hotline?target_session_attrs=read-write: whichever is the primary.
  std::string uri() const;
  void lose_primary();  // pg_ctl stop -m immediate: no shutdown checkpoint, as when its machine dies
  void promote();       // the standby becomes the primary

 private:
  std::string dir_;
  int primary_port_ = 0;
  int standby_port_ = 0;
};

}  // namespace hotline::faults
