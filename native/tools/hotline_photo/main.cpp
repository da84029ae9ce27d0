// hotline-photo: inspect a picked file, or prepare it for upload exactly as the app does.
//   hotline-photo inspect FILE [--keep-location]
//   hotline-photo prepare FILE -o OUT [--max-edge N] [--keep-location]
// Exit codes: 0 done, 1 usage or file error, 2 the photo was refused (typed error printed as JSON).
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "photo/inspect.h"
#include "photo/prepare.h"
#include "photo_json.h"

namespace {

using namespace hotline;

constexpr int kUsageError = 1;
constexpr int kPhotoError = 2;

struct Options {
  std::string command;
  std::string input;
  std::string output;
  photo::PhotoSettings settings;
  bool keep_location = false;
};

int usage(const std::string& problem) {
  std::cerr << "hotline-photo: " << problem << "\n"
            << "usage: hotline-photo inspect FILE [--keep-location]\n"
            << "       hotline-photo prepare FILE -o OUT [--max-edge N] [--keep-location]\n";
  return kUsageError;
}

std::optional<std::uint32_t> parse_edge(const std::string& text) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const auto value = static_cast<std::uint32_t>(std::stoul(text));
  return value >= 16 && value <= 16384 ? std::optional(value) : std::nullopt;
}

// Returns the problem with the command line, if any.
std::optional<std::string> parse(const std::vector<std::string>& args, Options& options) {
  if (args.empty() || (args[0] != "inspect" && args[0] != "prepare")) {
    return "expected the command inspect or prepare";
  }
  options.command = args[0];
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--keep-location") {
      options.keep_location = true;
    } else if (arg == "-o" && has_value) {
      options.output = args[++i];
    } else if (arg == "--max-edge" && has_value) {
      const auto edge = parse_edge(args[++i]);
      if (!edge) {
        return "--max-edge takes a number of pixels from 16 to 16384";
      }
      options.settings.max_edge = *edge;
    } else if (!arg.empty() && arg[0] != '-' && options.input.empty()) {
      options.input = arg;
    } else {
      return "unexpected argument " + arg;
    }
  }
  if (options.input.empty()) {
    return "missing FILE";
  }
  if (options.command == "prepare" && options.output.empty()) {
    return "prepare needs -o OUT";
  }
  return std::nullopt;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

int refuse(const photo::PhotoError& error) {
  std::cout << tools::error_json(error).dump(2) << "\n";
  return kPhotoError;
}

int run(const Options& options) {
  const auto bytes = read_file(options.input);
  if (!bytes) {
    std::cerr << "hotline-photo: cannot read " << options.input << "\n";
    return kUsageError;
  }
  if (options.command == "inspect") {
    const auto info = photo::inspect(*bytes, options.settings.limits);
    if (!info) {
      return refuse(info.error());
    }
    const auto location = options.keep_location ? tools::ShowLocation::Yes : tools::ShowLocation::No;
    std::cout << tools::inspection_json(*info, *bytes, location).dump(2) << "\n";
    return EXIT_SUCCESS;
  }
  const auto consent = options.keep_location ? photo::LocationConsent::Shared : photo::LocationConsent::Withheld;
  const auto prepared = photo::prepare(*bytes, options.settings, consent);
  if (!prepared) {
    return refuse(prepared.error());
  }
  std::ofstream out(options.output, std::ios::binary | std::ios::trunc);
  out.write(prepared->bytes.data(), static_cast<std::streamsize>(prepared->bytes.size()));
  if (!out.flush()) {
    std::cerr << "hotline-photo: cannot write " << options.output << "\n";
    return kUsageError;
  }
  std::cout << tools::attachment_json(prepared->record).dump(2) << "\n";
  return EXIT_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (const auto problem = parse(std::vector<std::string>(argv + 1, argv + argc), options)) {
    return usage(*problem);
  }
  return run(options);
}
