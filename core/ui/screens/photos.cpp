// Photos: add up to 9, see them, remove one, and say whether their location may be sent.
#include <imgui.h>

#include "domain/validation_rules.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void photos(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::RequestWizard& wizard = model.wizard();
  const app::FormState& form = wizard.form();
  const app::PhotoAttach& attach = wizard.photo_attach();
  paragraph(ui, ui.strings.format({"app.photos.help", {{"max", std::to_string(domain::kMaxPhotos)}}}),
            ui.theme.colors.muted);
  const float cell = (ImGui::GetContentRegionAvail().x - ui.theme.gap * 2) / 3;
  for (std::size_t i = 0; i < form.photos.size(); ++i) {
    const api::Photo& photo = form.photos[i];
    if (i % 3 != 0) {
      ImGui::SameLine(0, ui.theme.gap);
    }
    ImGui::BeginGroup();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (const app::Thumbnail* thumbnail = attach.thumbnail(photo.id)) {
      if (ImTextureData* texture = c.thumbnails.get(photo.id, thumbnail->image)) {
        // Cover the square cell, cropping the longer side.
        const float w = static_cast<float>(thumbnail->image.width);
        const float h = static_cast<float>(thumbnail->image.height);
        const float side = std::min(w, h);
        const ImVec2 uv0((w - side) / 2 / w, (h - side) / 2 / h);
        const ImVec2 uv1(uv0.x + side / w, uv0.y + side / h);
        ImGui::GetWindowDrawList()->AddImageRounded(texture->GetTexRef(), pos, ImVec2(pos.x + cell, pos.y + cell), uv0,
                                                    uv1, IM_COL32_WHITE, ui.theme.rounding);
      }
    } else {
      // Restored from a draft: the pixels are stored, the preview is not.
      ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + cell, pos.y + cell), ui.theme.colors.border,
                                                ui.theme.rounding);
    }
    const std::string label = ui.strings.format({"app.photos.photo", {{"number", std::to_string(i + 1)}}});
    ImGui::Dummy(ImVec2(cell, cell));
    ui.items.add_text(Role::Image, label, pos, ImVec2(pos.x + cell, pos.y + cell));
    const bool removed =
        button(ui, ui.tr("app.photos.remove"), ButtonKind::Danger, "remove_" + std::to_string(i + 1), cell);
    // Every photo's button reads "remove": its accessible name says which.
    ui.items.set_last_label(ui.tr("app.photos.remove") + " " + std::to_string(i + 1));
    if (removed) {
      wizard.remove_photo(i);
      ImGui::EndGroup();
      return;
    }
    ImGui::EndGroup();
  }
  if (attach.busy()) {
    spinner(ui, ui.strings.format({"app.photos.preparing",
                                   {{"done", std::to_string(attach.done_in_batch() + 1)},
                                    {"total", std::to_string(attach.done_in_batch() + attach.remaining())}}}));
  }
  for (const app::RejectedPhoto& rejected : attach.rejected()) {
    notice(ui, NoticeKind::Error, rejected.file_name + ": " + ui.format(rejected.reason));
  }
  if (const auto& problem = model.problem()) {
    notice(ui, NoticeKind::Warning, ui.format(problem->message));
  }
  field_errors(ui, wizard.errors_for(domain::Field::Photos));
  const bool room = form.photos.size() < domain::kMaxPhotos;
  if (button(ui, ui.tr("app.photos.add"), ButtonKind::Secondary, "add", 0, room && !attach.busy())) {
    wizard.add_photos();
  }
  if (!form.photos.empty()) {
    if (auto send = toggled(ui, ui.tr("app.photos.send_location"), form.send_photo_location, "send_location")) {
      wizard.set_send_photo_location(*send);
    }
    caption(ui, ui.tr("app.photos.send_location_help"));
  }
  if (button(ui, ui.tr(form.photos.empty() ? "app.photos.skip" : "app.next"), ButtonKind::Primary, "next", 0,
             !attach.busy())) {
    wizard.next();
  }
}

}  // namespace hotline::ui::screens
