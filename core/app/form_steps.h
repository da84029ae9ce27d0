// The steps of the new-request form: which step follows which for the chosen category, and which
// fields each step owns (its errors are shown there, and "next" checks only them).
#pragma once

#include <optional>

#include "app/form_state.h"
#include "app/screen.h"
#include "domain/field_error.h"
#include "domain/request_type.h"
#include "open311/service.h"

namespace hotline::app {

inline constexpr Screen kFormSteps[] = {Screen::Category, Screen::Guides, Screen::Place,   Screen::Nearby,
                                        Screen::Describe, Screen::Photos, Screen::Contact, Screen::Review};

bool is_form_step(Screen screen);
bool belongs_to(Screen step, domain::Field field);
// Whether the request is about a place: the service says so, or else its type does.
bool needs_place(const open311::Service* service, std::optional<domain::RequestType> type);
// The step after `step` for this form and its chosen service (null when unknown).
Screen step_after(Screen step, const FormState& form, const open311::Service* service);

}  // namespace hotline::app
