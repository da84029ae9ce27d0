// Request detail: status and deadline countdown, the description, the department's reply with its
// photos, and the 7-step timeline (time, unit, dwell time, notes); rating once replied.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/request_labels.h"
#include "ui/screens/screens.h"
#include "workflow/action.h"

namespace hotline::ui::screens {

namespace {

void problem_for(Context& c, const api::ApiError& error) {
  Ui& ui = c.ui;
  // The two answers a look-up can get wrong, in words the citizen can act on.
  if (error.code == api::ApiErrorCode::NotFound) {
    notice(ui, NoticeKind::Error, ui.tr("app.detail.not_found"));
  } else if (error.code == api::ApiErrorCode::Forbidden) {
    notice(ui, NoticeKind::Error, ui.tr("app.detail.wrong_code"));
  } else {
    notice(ui, NoticeKind::Error, ui.format(error.message()));
    if (button(ui, ui.tr("app.retry"), ButtonKind::Primary, "retry")) {
      c.model.viewer().reload_detail();
    }
  }
}

// A timeline event in the app's language: the server words its summary in the language it was asked in,
// so the app words it from the action code beside it, and shows the server's words for an action it
// does not know.
std::string summary_of(Ui& ui, const open311::TimelineNote& note) {
  const auto action = base::from_code(workflow::kActionCodes, note.type.value_or(""));
  return action ? std::string(ui.tr(workflow::label_key(*action))) : note.summary;
}

// Each reply photo across the card's width, as soon as it has arrived and been decoded.
void reply_photos(Context& c, const open311::TimelineNote& reply) {
  Ui& ui = c.ui;
  for (std::size_t i = 0; i < reply.reply_media.size(); ++i) {
    const std::string& url = reply.reply_media[i].media_url;
    const std::string label = ui.strings.format({"app.detail.reply_photo", {{"number", std::to_string(i + 1)}}});
    switch (c.model.viewer().want_reply_photo(url)) {
      case app::ReplyPhotos::State::Loading:
        spinner(ui, label);
        break;
      case app::ReplyPhotos::State::Failed:
        caption(ui, label + " · " + ui.tr("app.detail.photo_failed"));
        break;
      case app::ReplyPhotos::State::Ready: {
        const app::Thumbnail* preview = c.model.viewer().reply_photos().thumbnail(url);
        ImTextureData* texture = preview != nullptr ? c.thumbnails.get("reply:" + url, preview->image) : nullptr;
        if (texture == nullptr) {
          break;
        }
        const float width = content_width(ui);
        const float height =
            width * static_cast<float>(preview->image.height) / static_cast<float>(preview->image.width);
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddImageRounded(texture->GetTexRef(), pos, ImVec2(pos.x + width, pos.y + height),
                                                    ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, ui.theme.rounding);
        ImGui::Dummy(ImVec2(width, height));
        ui.items.add_text(Role::Image, label, pos, ImVec2(pos.x + width, pos.y + height));
        break;
      }
    }
  }
}

void timeline(Context& c, const open311::ServiceRequest& request) {
  Ui& ui = c.ui;
  const auto& notes = request.extended_attributes->notes;
  heading(ui, ui.tr("app.detail.timeline"));
  const Card card(ui);
  for (std::size_t i = 0; i < notes.size(); ++i) {
    const open311::TimelineNote& note = notes[i];
    std::string title = note.step ? ui.strings.format({"app.detail.step",
                                                       {{"n", std::to_string(workflow::step_number(*note.step))},
                                                        {"name", ui.tr(workflow::label_key(*note.step))}}})
                                  : summary_of(ui, note);
    paragraph(ui, title, ui.theme.colors.accent);
    std::string line = local_time(note.datetime);
    if (note.unit_name) {
      line += " · " + *note.unit_name;
    }
    if (i + 1 < notes.size()) {
      if (const std::string dwell = duration_between(ui, note.datetime, notes[i + 1].datetime); !dwell.empty()) {
        line += " · " + ui.strings.format({"app.detail.dwell", {{"duration", dwell}}});
      }
    }
    caption(ui, line);
    if (note.step) {
      caption(ui, summary_of(ui, note));
    }
    if (note.description && !note.description->empty()) {
      paragraph(ui, *note.description);
    }
    if (!note.reply_media.empty()) {
      caption(ui, ui.strings.format({"app.detail.reply_photos", {{"count", std::to_string(note.reply_media.size())}}}));
    }
    if (i + 1 < notes.size()) {
      gap(ui, 0.5f);
    }
  }
}

}  // namespace

void detail(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::RequestViewer& viewer = model.viewer();
  const auto& pending = viewer.detail();
  if (pending.loading()) {
    spinner(ui, ui.tr("app.loading"));
    return;
  }
  if (const api::ApiError* error = pending.error()) {
    problem_for(c, *error);
    return;
  }
  const open311::ServiceRequest* request = pending.value();
  if (request == nullptr) {
    return;
  }
  {
    const Card card(ui);
    caption(ui, ui.tr("app.confirm.number"));
    paragraph(ui, request->service_request_id, ui.theme.colors.text, ui.theme.heading_px);
    const Badge status = status_badge(ui, *request);
    paragraph(ui, request->service_name.value_or(request->service_code) + " · " + status.text, 0, 0, true);
    if (const Badge due = deadline_badge(ui, model, *request); !due.text.empty()) {
      paragraph(ui, due.text, due.color);
    }
    if (request->extended_attributes && request->extended_attributes->rating) {
      const open311::Rating& rating = *request->extended_attributes->rating;
      paragraph(ui,
                ui.strings.format({"app.detail.rated", {{"rating", ui.tr(workflow::label_key(rating.satisfaction))}}}),
                ui.theme.colors.accent);
    }
    if (request->description) {
      expandable_text(ui, *request->description, "description", ui.theme.colors.muted);
    }
  }
  const auto step = current_step(*request);
  // The department's reply: the last note of step 5, shown apart so it is found without reading the timeline.
  if (request->extended_attributes) {
    const open311::TimelineNote* reply = nullptr;
    for (const auto& note : request->extended_attributes->notes) {
      if (note.step == workflow::Step::Replied) {
        reply = &note;
      }
    }
    if (reply != nullptr) {
      heading(ui, ui.tr("app.detail.reply"));
      const Card card(ui);
      paragraph(ui, reply->description.value_or(summary_of(ui, *reply)));
      if (reply->unit_name) {
        caption(ui, *reply->unit_name + " · " + local_time(reply->datetime));
      }
      reply_photos(c, *reply);
    }
  }
  const bool has_code = viewer.query_code_of(request->service_request_id).has_value();
  if (has_code && step == workflow::Step::Replied) {
    if (button(ui, ui.tr("app.detail.rate"), ButtonKind::Primary, "rate")) {
      model.open(app::Screen::Rate);
    }
  }
  if (request->extended_attributes && !request->extended_attributes->notes.empty()) {
    timeline(c, *request);
  }
  if (button(ui, ui.tr("app.refresh"), ButtonKind::Secondary, "refresh")) {
    viewer.reload_detail();
  }
}

}  // namespace hotline::ui::screens
