// Argument parsing and help text (see cli_options.h).
#include "cli_options.h"

#include <cstdlib>

namespace hotline::server {

std::string usage_text() {
  return R"(hotline-server: the reference Open311 GeoReport v2 backend of the 12345 hotline.

Usage:
  hotline-server serve --port P --db FILE [--web DIR] [--seed] [options]
  hotline-server admin --db FILE <verb> [NUMBER] [options]
  hotline-server --help

serve options:
  --port P             TCP port; 0 picks a free port (printed as "listening on http://HOST:PORT")
  --host ADDR          listening address (default 127.0.0.1)
  --db FILE            SQLite database, created and migrated on start (WAL, synchronous=FULL); or
                       postgresql://... (any libpq URI; postgresql:key=value... for keyword strings)
  --media-dir DIR      where uploaded photos are stored (default FILE.media; PostgreSQL: the database)
  --web DIR            also serve the web build from DIR (gzip, ETag, application/wasm)
  --seed               load the service catalog, units and guides from the seed directory first
  --seed-dir DIR       seed directory (default: the source tree's assets/seed)
  --holidays-dir DIR   holiday files <year>.json (default: the source tree's assets/holidays)
  --i18n-dir DIR       the app's string catalogs <lang>/workflow.json (default: the source tree's assets/i18n)
  --config FILE        JSON (docs/server.md, "Configuration"): {"api_keys": [{"client","key","channel"}]
                       (required), "operator_tokens": [...], "rate_limit", "failure_limit", "limits",
                       "trusted_proxies", "cors_origins", "public_base_url", "endpoints", "created_status"}
  --access-log TARGET  "-" (stderr, default), "off", or a file (JSON lines; no query strings)
  --threads N          worker threads (default 32)
  Without --config, development keys are used: api_key "dev-web-key" (web), "dev-kiosk-key"
  (kiosk), "dev-app-key" (app); the operator token comes from HOTLINE_OPERATOR_TOKEN if set
  (operator endpoints answer 401/403 otherwise). With --config, only what it names is accepted.

admin verbs (work on the database directly; every change is checked by the core's workflow and
recorded in the request's timeline):
  accept NUMBER                     reject NUMBER --note REASON
  dispatch NUMBER --unit CODE       redispatch NUMBER --unit CODE --note REASON
  handle NUMBER                     return NUMBER --note REASON
  answer NUMBER --note TEXT         reply NUMBER --note TEXT [--photo FILE]...
  rate NUMBER --satisfaction S [--rework] [--note COMMENT]
  rework NUMBER --note TEXT         close NUMBER [--note TEXT]
  show NUMBER                       list
  seed                              (re)load the seed catalog
admin options: --actor STAFF_ID, --unit CODE, --note TEXT, --photo FILE, --satisfaction
  satisfied|basically_satisfied|unsatisfied, --rework, --seed-dir DIR, --holidays-dir DIR
)";
}

namespace {

bool to_int(const std::string& text, int min, int max, int& out) {
  if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  out = std::atoi(text.c_str());
  return out >= min && out <= max;
}

}  // namespace

base::Expected<CliOptions, std::string> parse_cli(const std::vector<std::string>& args) {
  CliOptions o;
  o.backend.seed_dir = HOTLINE_DEFAULT_SEED_DIR;
  o.backend.holidays_dir = HOTLINE_DEFAULT_HOLIDAYS_DIR;
  o.backend.i18n_dir = HOTLINE_DEFAULT_I18N_DIR;
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    return o;
  }
  if (args[0] == "serve") {
    o.mode = CliOptions::Mode::Serve;
  } else if (args[0] == "admin") {
    o.mode = CliOptions::Mode::Admin;
  } else {
    return base::unexpected("unknown command '" + args[0] + "' (try --help)");
  }
  std::vector<std::string> positional;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&]() -> std::optional<std::string> {
      return i + 1 < args.size() ? std::optional(args[++i]) : std::nullopt;
    };
    if (a == "--help" || a == "-h") {
      o.mode = CliOptions::Mode::Help;
      return o;
    }
    if (a == "--seed") {
      o.backend.seed = true;
      continue;
    }
    if (a == "--rework") {
      o.admin.rework = true;
      continue;
    }
    if (a.rfind("--", 0) != 0) {
      positional.push_back(a);
      continue;
    }
    const auto v = value();
    if (!v) {
      return base::unexpected(a + " needs a value");
    }
    if (a == "--port") {
      if (!to_int(*v, 0, 65535, o.server.port)) {
        return base::unexpected("--port: expected 0..65535");
      }
    } else if (a == "--threads") {
      if (!to_int(*v, 1, 1024, o.server.threads)) {
        return base::unexpected("--threads: expected 1..1024");
      }
    } else if (a == "--host") {
      o.server.host = *v;
    } else if (a == "--db") {
      o.backend.db_path = *v;
    } else if (a == "--media-dir") {
      o.backend.media_dir = *v;
    } else if (a == "--web") {
      o.server.web_dir = *v;
    } else if (a == "--seed-dir") {
      o.backend.seed_dir = *v;
    } else if (a == "--holidays-dir") {
      o.backend.holidays_dir = *v;
    } else if (a == "--i18n-dir") {
      o.backend.i18n_dir = *v;
    } else if (a == "--config") {
      o.config_file = *v;
    } else if (a == "--access-log") {
      o.server.access_log = *v;
    } else if (a == "--actor") {
      o.admin.actor = *v;
    } else if (a == "--unit") {
      o.admin.unit = *v;
    } else if (a == "--note") {
      o.admin.note = *v;
    } else if (a == "--photo") {
      o.admin.photo_files.push_back(*v);
    } else if (a == "--satisfaction") {
      o.admin.satisfaction = *v;
    } else {
      return base::unexpected("unknown option " + a + " (try --help)");
    }
  }
  if (o.backend.db_path.empty()) {
    return base::unexpected("--db FILE is required");
  }
  if (o.mode == CliOptions::Mode::Admin) {
    if (positional.empty()) {
      return base::unexpected("admin: a verb is required (try --help)");
    }
    o.admin.verb = positional[0];
    if (positional.size() > 1) {
      o.admin.number = positional[1];
    }
  } else if (!positional.empty()) {
    return base::unexpected("serve: unexpected argument " + positional[0]);
  }
  return o;
}

}  // namespace hotline::server
