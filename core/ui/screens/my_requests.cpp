// My requests: unsent ones with their outbox state first, then the citizen's requests with their
// server state, overdue marked.
#include <algorithm>

#include "api/my_request.h"
#include "open311/form_urlencoded.h"
#include "ui/screens/request_labels.h"
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

namespace {

std::string_view field(const api::OutboxItem& item, std::string_view name) {
  for (const auto& f : item.fields) {
    if (f.name == name) {
      return f.value.view();
    }
  }
  return {};
}

}  // namespace

void my_requests(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  const auto unsent = model.outbox().items();
  const auto mine = model.my_requests().items();
  if (unsent.empty() && mine.empty()) {
    notice(ui, NoticeKind::Info, ui.tr("app.mine.empty"));
    if (button(ui, ui.tr("app.home.lookup"), ButtonKind::Secondary, "lookup")) {
      model.open(app::Screen::Lookup);
    }
    return;
  }
  const auto news = model.tracker().news();
  if (!news.empty()) {
    notice(ui, NoticeKind::Info, ui.strings.format({"app.mine.news_count", {{"count", std::to_string(news.size())}}}));
  }
  // One list: the unsent ones first, then those the hotline has.
  const ItemGroup list(ui.items, GroupRole::List);
  for (const api::OutboxItem* item : unsent) {
    if (item->state == api::OutboxState::Sent) {
      continue;  // listed below as one of the citizen's requests
    }
    const Badge badge = outbox_badge(ui, *item);
    std::string subtitle = local_time_ms(item->created_ms);
    if (!item->last_error_key.empty()) {
      subtitle += " · " + ui.tr(item->last_error_key);
    }
    if (list_row(ui, api::title_of(field(*item, "description")), subtitle, badge.text, badge.color, item->id)) {
      if (item->state == api::OutboxState::NeedsAttention) {
        model.wizard().edit_returned(item->id);
        return;
      }
      model.wizard().retry_sending();
    }
  }
  for (const api::MyRequest* request : mine) {
    const bool moved = std::any_of(news.begin(), news.end(),
                                   [&](const api::RequestChange& change) { return change.number == request->number; });
    std::string subtitle = moved ? ui.tr("app.mine.news") + " · " + request->number : request->number;
    Badge badge{ui.tr("workflow.status.open"), ui.theme.colors.accent};
    if (const open311::ServiceRequest* known = model.known_request(request->number)) {
      badge = status_badge(ui, *known);
      const Badge due = deadline_badge(ui, model, *known);
      if (!due.text.empty()) {
        subtitle += " · " + due.text;
        if (due.overdue) {
          badge = due;
        }
      }
    }
    if (list_row(ui, request->title.empty() ? request->number : request->title, subtitle, badge.text, badge.color,
                 request->number)) {
      model.open_request(request->number);
    }
  }
  if (model.tracker().last_error()) {
    caption(ui, ui.tr("app.mine.stale"));
  }
}

}  // namespace hotline::ui::screens
