// The receipt that did not print: why (no paper, printer out of order), and the request's number and
// query code (or a claim's key and secret) in large type for the citizen to write down before they
// leave; it stays until tapped.
#include <imgui.h>

#include <string>
#include <string_view>

#include "ui/kiosk/kiosk_view.h"

namespace hotline::ui::kiosk {
namespace {

// A claim's 32 hex digits as the kiosk's keys show them (upper case), in two lines of four groups of
// four: easier to copy, and each line fits the notice (the look-up ignores the spaces).
std::string claim_lines(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i < hex.size(); ++i) {
    if (i > 0 && i % 4 == 0) {
      out += i == hex.size() / 2 ? '\n' : ' ';
    }
    const char c = hex[i];
    out += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

}  // namespace

bool receipt_notice(Ui& ui, const app::KioskSession::FailedReceipt& receipt) {
  const Theme& t = ui.theme;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + t.padding, viewport->WorkPos.y + t.padding * 4));
  ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x - t.padding * 2, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.padding * 2, t.padding * 2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.rounding * 2);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, t.focus_ring_px * 2);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, t.colors.card);
  ImGui::PushStyleColor(ImGuiCol_Border, t.colors.error);
  ImGui::Begin("###kiosk_receipt_notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(3);
  heading(ui, ui.tr("kiosk.receipt.title"));
  paragraph(ui, ui.strings.format(receipt.error.message()), t.colors.error);
  if (receipt.claim) {
    paragraph(ui, ui.tr("kiosk.receipt.claim_write_down"));
    gap(ui);
    paragraph(ui, ui.tr("kiosk.receipt.claim_key"), t.colors.muted, t.small_px * 1.2f);
    paragraph(ui, claim_lines(receipt.request_number), t.colors.text, t.heading_px * 1.2f);
    paragraph(ui, ui.tr("kiosk.receipt.claim_secret"), t.colors.muted, t.small_px * 1.2f);
    paragraph(ui, claim_lines(receipt.query_code), t.colors.text, t.heading_px * 1.2f);
  } else {
    paragraph(ui, ui.tr("kiosk.receipt.write_down"));
    gap(ui);
    paragraph(ui, ui.tr("kiosk.receipt.number"), t.colors.muted, t.small_px * 1.2f);
    paragraph(ui, receipt.request_number, t.colors.text, t.heading_px * 1.6f);
    paragraph(ui, ui.tr("kiosk.receipt.code"), t.colors.muted, t.small_px * 1.2f);
    paragraph(ui, receipt.query_code, t.colors.text, t.heading_px * 1.6f);
  }
  gap(ui);
  const bool done = button(ui, ui.tr("kiosk.receipt.done"), ButtonKind::Primary, "receipt_written_down");
  ImGui::End();
  return done;
}

}  // namespace hotline::ui::kiosk
