// Workflow refusals (409) and timeline events in plain words, read from the app's own catalogs
// (assets/i18n/<lang>/workflow.json) so the server tells a client the same thing the app tells a citizen.
#pragma once

#include <array>
#include <string>

#include "base/expected.h"
#include "text/catalog.h"
#include "workflow/action.h"
#include "workflow/transition_error.h"

namespace hotline::server {

class WorkflowWords {
 public:
  // Reads <i18n_dir>/<lang>/workflow.json for every language; fails when a refusal has no text in one
  // of them, so a catalog key can never reach a client.
  static base::Expected<WorkflowWords, std::string> load(const std::string& i18n_dir);

  std::string describe(const workflow::TransitionError& refusal, text::Language language) const;
  // What happened in a timeline event, in words ("Sent to a department", "已派发至承办单位").
  std::string summary(workflow::Action action, text::Language language) const;

 private:
  // One Strings per answer language: Strings picks its language by mutable state, and handlers run on
  // several threads at once.
  std::array<text::Strings, text::kAllLanguages.size()> by_language_;
};

}  // namespace hotline::server
