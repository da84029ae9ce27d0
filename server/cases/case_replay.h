// Rebuilds the core's workflow::Case from a stored timeline (every stored event is replayed through
// the state machine), and turns the case's newest event back into a timeline row.
#pragma once

#include "base/expected.h"
#include "store/request_record.h"
#include "workflow/case.h"

namespace hotline::server {

// The hotline centre: holds every case from submission until dispatch.
workflow::Unit centre_unit();

workflow::Actor actor_of(const TimelineEntry& entry);
domain::Attachment attachment_of(const MediaRecord& media);

// Applies one stored or new entry to the case through the matching Case method.
workflow::Outcome apply_entry(workflow::Case& c, const TimelineEntry& entry);

// Fails only when the stored timeline was not produced by this state machine (a corrupt row).
base::Expected<workflow::Case, workflow::TransitionError> replay(const RequestRecord& record, bool on_convenience_list);

}  // namespace hotline::server
