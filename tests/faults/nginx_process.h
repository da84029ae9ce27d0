// Test harness: a real nginx on a loopback port in front of hotline-server instances, configured from
// the repo's server/deploy/nginx files (loopback.conf.in around hotline-proxy.conf), stopped at the end.
#pragma once

#include <string>
#include <vector>

namespace hotline::faults {

class NginxProcess {
 public:
  // Balances over 127.0.0.1:port for each of `instance_ports`; `dir` holds its config, logs and
  // temporary files (made traversable: when the test runs as root, nginx's workers do not).
  NginxProcess(const std::string& dir, const std::vector<int>& instance_ports);
  ~NginxProcess();
  NginxProcess(const NginxProcess&) = delete;
  NginxProcess& operator=(const NginxProcess&) = delete;

  int port() const { return port_; }
  // Requests with `method` ("" for any) that nginx passed to more than one instance: an instance
  // failed under them and the next one answered.
  int requests_retried(const std::string& method) const;
  std::string access_log() const;
  std::string error_log() const;

 private:
  std::string dir_;
  int port_ = 0;
  int pid_ = -1;
};

}  // namespace hotline::faults
