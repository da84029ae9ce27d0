// Admin verbs: the workflow actions through case_actions, plus show, list and seed.
#include "admin_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cases/case_actions.h"
#include "open311/service_request.h"
#include "store/catalog_store.h"
#include "wire/request_view.h"

namespace hotline::server {

namespace {

bool is_department_action(workflow::Action action) {
  return action == workflow::Action::StartHandling || action == workflow::Action::Reply ||
         action == workflow::Action::ReturnToCentre;
}

int show(Backend& backend, const std::string& number) {
  auto found = backend.requests->find(number, true);
  if (!found) {
    std::cerr << "hotline-server admin: " << found.error().detail << "\n";
    return 1;
  }
  if (!*found) {
    std::cerr << "hotline-server admin: no request " << number << "\n";
    return 1;
  }
  // Timeline summaries in words, as the other messages of the CLI: English.
  Presentation how;
  how.language = text::Language::En;
  std::cout << open311::encode_requests({to_open311(backend, **found, Audience::Operator, true, how)}) << "\n";
  return 0;
}

int list(Backend& backend) {
  RequestFilter filter;
  filter.page_size = 200;
  auto records = backend.requests->list(filter, false);
  if (!records) {
    std::cerr << "hotline-server admin: " << records.error().detail << "\n";
    return 1;
  }
  for (const auto& r : *records) {
    std::cout << r.number << "\t" << workflow::to_code(r.step) << "\t" << r.service_code << "\t"
              << (is_overdue(r, backend.now()) ? "overdue" : "") << "\n";
  }
  return 0;
}

int act(Backend& backend, const AdminCommand& command, workflow::Action action) {
  auto current = backend.requests->find(command.number, false);
  if (!current) {
    std::cerr << "hotline-server admin: " << current.error().detail << "\n";
    return 1;
  }
  if (!*current) {
    std::cerr << "hotline-server admin: no request " << command.number << "\n";
    return 1;
  }
  ActionRequest request;
  request.action = action;
  request.note = command.note;
  request.unit = command.unit;
  request.actor = is_department_action(action)
                      ? workflow::Actor{workflow::Role::Department, command.actor, (*current)->unit.value_or("")}
                      : workflow::Actor{workflow::Role::CentreAgent, command.actor, ""};
  if (action == workflow::Action::Rate) {
    request.satisfaction = workflow::satisfaction_from_code(command.satisfaction.value_or(""));
    if (!request.satisfaction) {
      std::cerr << "hotline-server admin: --satisfaction satisfied|basically_satisfied|unsatisfied\n";
      return 2;
    }
    request.rework_requested = command.rework;
  }
  for (const auto& file : command.photo_files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "hotline-server admin: cannot read " << file << "\n";
      return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto prepared = backend.media->prepare(bytes);
    if (!prepared) {
      std::cerr << "hotline-server admin: " << file << ": " << prepared.error().detail << "\n";
      return 1;
    }
    request.photos.push_back(std::move(*prepared));
  }
  auto result = perform(backend, command.number, request);
  if (!result) {
    const auto& e = result.error();
    std::cerr << "hotline-server admin: refused: "
              << (e.refusal ? backend.workflow_words.describe(*e.refusal, text::Language::En) + " (" +
                                  e.refusal->message().key + ")"
                  : e.code == ActionErrorCode::UnknownUnit ? "unknown unit"
                  : e.code == ActionErrorCode::Conflict    ? "changed meanwhile"
                                                           : "storage error: " + e.detail)
              << "\n";
    return 1;
  }
  std::cout << "{\"service_request_id\":\"" << command.number << "\",\"step\":\"" << workflow::to_code(*result)
            << "\"}\n";
  return 0;
}

}  // namespace

int run_admin(Backend& backend, const BackendOptions& options, const AdminCommand& command) {
  if (command.verb == "list") {
    return list(backend);
  }
  if (command.verb == "seed") {
    auto writer = backend.pool->write();
    auto seeded = load_seed(writer.db(), options.seed_dir);
    if (!seeded) {
      std::cerr << "hotline-server admin: " << seeded.error().file << ": " << seeded.error().detail << "\n";
      return 1;
    }
    return 0;
  }
  if (command.number.empty()) {
    std::cerr << "hotline-server admin: " << command.verb << " needs a request number\n";
    return 2;
  }
  if (command.verb == "show") {
    return show(backend, command.number);
  }
  const auto action = action_from_verb(command.verb);
  if (!action) {
    std::cerr << "hotline-server admin: unknown verb " << command.verb << " (try --help)\n";
    return 2;
  }
  return act(backend, command, *action);
}

}  // namespace hotline::server
