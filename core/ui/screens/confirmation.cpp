// Confirmation: the request number and query code once delivered (with a way to keep the code), the
// due date, what happens next — or, while undelivered, that it is saved and will be sent.
#include "app/due_date.h"
#include "ui/screens/request_labels.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

namespace {

void big_value(Ui& ui, const std::string& label, std::string_view value) {
  caption(ui, label);
  paragraph(ui, value, ui.theme.colors.text, ui.theme.heading_px);
}

}  // namespace

void confirmation(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::RequestWizard& wizard = model.wizard();
  const api::OutboxItem* item = wizard.submitted_item();
  if (item == nullptr) {
    // Delivered and already moved to "my requests" (or the app restarted): the list has it.
    notice(ui, NoticeKind::Success, ui.tr("app.confirm.in_my_requests"));
  } else if (item->state == api::OutboxState::Sent) {
    success_banner(ui, ui.tr("app.confirm.sent_title"));
    {
      const Card card(ui);
      big_value(ui, ui.tr("app.confirm.number"), item->request_number);
      if (item->query_code) {
        big_value(ui, ui.tr("app.confirm.query_code"), *item->query_code);
        caption(ui, ui.tr("app.confirm.keep_code"));
        if (model.can_copy() && button(ui, ui.tr("app.confirm.copy"), ButtonKind::Secondary, "copy")) {
          wizard.copy_query_code(*item->query_code);
        }
        if (wizard.copied()) {
          notice(ui, NoticeKind::Success, ui.tr("app.confirm.copied"));
        }
      }
      const std::string due = app::submitted_due_date(model, item->sent_ms);
      paragraph(ui, ui.strings.format({"app.confirm.due",
                                       {{"days", std::to_string(wizard.submitted_deadline_days())}, {"date", due}}}));
    }
    paragraph(ui, ui.tr("app.confirm.what_next"), ui.theme.colors.muted);
  } else if (item->state == api::OutboxState::NeedsAttention) {
    notice(ui, NoticeKind::Error, ui.tr("app.confirm.refused") + " " + ui.tr(item->last_error_key));
    if (button(ui, ui.tr("app.confirm.edit"), ButtonKind::Primary, "edit")) {
      wizard.edit_returned(item->id);
      return;
    }
  } else {
    if (item->state == api::OutboxState::Sending) {
      spinner(ui, ui.tr("app.confirm.sending"));
    } else {
      notice(ui, NoticeKind::Warning, ui.tr(item->attempts > 0 ? "app.confirm.offline" : "app.confirm.saved"));
      if (item->attempts > 0 && button(ui, ui.tr("app.retry"), ButtonKind::Secondary, "retry")) {
        wizard.retry_sending();
      }
    }
    caption(ui, ui.tr("app.confirm.safe"));
  }
  if (button(ui, ui.tr("app.home.my_requests"), ButtonKind::Secondary, "my_requests")) {
    model.go_home();
    model.open(app::Screen::MyRequests);
  }
  if (button(ui, ui.tr("app.home_button"), ButtonKind::Secondary, "home")) {
    model.go_home();
  }
}

}  // namespace hotline::ui::screens
