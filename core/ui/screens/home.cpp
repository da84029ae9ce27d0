// Home: the four request types with their deadlines, a draft to continue, my requests, look-up, settings.
#include <algorithm>

#include "domain/deadline.h"
#include "ui/screens/request_labels.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void home(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  paragraph(ui, ui.tr("app.home.greeting"));
  // Told wherever the citizen starts, and announced when a refresh brings it.
  if (const std::size_t news = model.tracker().news().size(); news > 0) {
    notice(ui, NoticeKind::Info, ui.strings.format({"app.home.news", {{"count", std::to_string(news)}}}));
  }
  const app::FormState& form = model.wizard().form();
  if (!form.empty()) {
    const Card card(ui);
    heading(ui, ui.tr("app.home.draft_title"));
    paragraph(ui,
              ui.tr(domain::label_key(*form.type)) +
                  (form.description.empty() ? std::string() : " · " + api::title_of(form.description)),
              ui.theme.colors.muted);
    if (button(ui, ui.tr("app.home.draft_continue"), ButtonKind::Primary, "draft_continue")) {
      model.wizard().continue_request();
    }
    if (button(ui, ui.tr("app.home.draft_discard"), ButtonKind::Secondary, "draft_discard")) {
      model.wizard().discard_request();
    }
  }
  for (const auto& [type, code] : domain::kRequestTypeCodes) {
    const std::string code_text(code);
    if (tile(ui, type_icon(type), type_color(type), ui.tr(domain::label_key(type)), ui.tr("app.home.type." + code_text),
             code_text)) {
      model.wizard().start_request(type);
    }
  }
  gap(ui);
  if (button(ui, ui.tr("app.home.my_requests"), ButtonKind::Secondary, "my_requests")) {
    model.open(app::Screen::MyRequests);
  }
  // How many, on the button's right end (the button keeps its name whatever the count), as my requests
  // lists them: a sent outbox item counts once, as the request it became.
  const auto queued = model.outbox().items();
  const auto unsent = std::count_if(queued.begin(), queued.end(),
                                    [](const api::OutboxItem* item) { return item->state != api::OutboxState::Sent; });
  if (const std::size_t count = static_cast<std::size_t>(unsent) + model.my_requests().items().size(); count > 0) {
    count_badge(ui, count);
  }
  if (button(ui, ui.tr("app.home.lookup"), ButtonKind::Secondary, "lookup")) {
    model.open(app::Screen::Lookup);
  }
  if (button(ui, ui.tr("app.home.settings"), ButtonKind::Secondary, "settings")) {
    model.open(app::Screen::Settings);
  }
  gap(ui);
  caption(ui, ui.tr("app.home.footer"));
}

}  // namespace hotline::ui::screens
