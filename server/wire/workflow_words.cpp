// Loading and rendering workflow refusal texts (see workflow_words.h).
#include "wire/workflow_words.h"

#include <fstream>
#include <iterator>

namespace hotline::server {

base::Expected<WorkflowWords, std::string> WorkflowWords::load(const std::string& i18n_dir) {
  text::Strings all;
  for (const text::Language language : text::kAllLanguages) {
    const std::string file = i18n_dir + "/" + std::string(text::language_tag(language)) + "/workflow.json";
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      return base::unexpected("cannot read " + file);
    }
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto catalog = text::Catalog::parse(json);
    if (!catalog) {
      return base::unexpected(file + ": " + catalog.error().detail);
    }
    for (const auto& entry : workflow::kTransitionErrorCodes) {
      if (!catalog->find(workflow::message_key(entry.first))) {
        return base::unexpected(file + ": no text for " + workflow::message_key(entry.first));
      }
    }
    for (const auto& entry : workflow::kActionCodes) {
      if (!catalog->find(workflow::label_key(entry.first))) {
        return base::unexpected(file + ": no text for " + workflow::label_key(entry.first));
      }
    }
    all.set_catalog(language, std::move(catalog).value());
  }
  WorkflowWords words;
  for (const text::Language language : text::kAllLanguages) {
    auto& strings = words.by_language_[static_cast<std::size_t>(language)];
    strings = all;
    strings.set_language(language);
  }
  return words;
}

std::string WorkflowWords::describe(const workflow::TransitionError& refusal, text::Language language) const {
  return by_language_[static_cast<std::size_t>(language)].format(refusal.message());
}

std::string WorkflowWords::summary(workflow::Action action, text::Language language) const {
  return std::string(by_language_[static_cast<std::size_t>(language)].tr(workflow::label_key(action)));
}

}  // namespace hotline::server
