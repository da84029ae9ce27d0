// Parsing `--db` (see db_target.h).
#include "store/db_target.h"

#include <string_view>

namespace hotline::server {

DbTarget parse_db_target(const std::string& text) {
  const std::string_view view(text);
  if (view.rfind("postgresql://", 0) == 0 || view.rfind("postgres://", 0) == 0) {
    return {DbEngine::Postgresql, text};
  }
  if (view.rfind("postgresql:", 0) == 0) {
    return {DbEngine::Postgresql, text.substr(11)};
  }
  if (view.rfind("sqlite:", 0) == 0) {
    return {DbEngine::Sqlite, text.substr(7)};
  }
  return {DbEngine::Sqlite, text};
}

std::string describe(const DbTarget& target) {
  return target.engine == DbEngine::Postgresql ? std::string("postgresql") : target.location;
}

}  // namespace hotline::server
