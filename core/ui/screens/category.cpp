// Category: a search box over the backend's services of the chosen type, grouped as the backend groups them.
#include <map>

#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void category(Context& c) {
  Ui& ui = c.ui;
  app::RequestWizard& wizard = c.model.wizard();
  const auto& services = wizard.catalog();
  if (auto typed = edited_text(ui, ui.tr("app.category.search"), wizard.category_query(), "search",
                               {.hint = ui.tr("app.category.search_hint")})) {
    wizard.set_category_query(*typed);
  }
  const std::string& query = wizard.category_query();
  field_errors(ui, wizard.errors_for(domain::Field::ServiceCode));
  if (services.loading()) {
    spinner(ui, ui.tr("app.loading"));
    return;
  }
  if (const api::ApiError* error = services.error()) {
    notice(ui, NoticeKind::Error, ui.format(error->message()));
    if (button(ui, ui.tr("app.retry"), ButtonKind::Primary, "retry")) {
      wizard.reload_services();
    }
    return;
  }
  const auto matches = wizard.matching_services(query);
  if (matches.empty()) {
    notice(ui, NoticeKind::Info, ui.tr(query.empty() ? "app.category.none" : "app.category.no_match"));
    return;
  }
  // Groups in the order the backend lists them.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const open311::Service*>> groups;
  for (const open311::Service* service : matches) {
    const std::string group = service->group.value_or(ui.tr("app.category.other"));
    if (groups[group].empty()) {
      order.push_back(group);
    }
    groups[group].push_back(service);
  }
  for (const std::string& group : order) {
    const ItemGroup list = captioned_group(ui, GroupRole::List, group);
    for (const open311::Service* service : groups[group]) {
      std::string subtitle = service->description.value_or("");
      if (service->extensions && service->extensions->needs_location) {
        subtitle += (subtitle.empty() ? "" : " · ") + ui.tr("app.category.needs_place");
      }
      if (list_row(ui, service->service_name, subtitle, "", 0, service->service_code)) {
        wizard.choose_service(service->service_code);
      }
    }
  }
}

}  // namespace hotline::ui::screens
