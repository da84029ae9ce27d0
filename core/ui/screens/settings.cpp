// Settings: language (switched live), text size, high contrast and 长辈版.
#include "ui/screens/screens.h"

namespace hotline::ui::screens {

void settings(Context& c) {
  Ui& ui = c.ui;
  app::AppModel& model = c.model;
  app::Settings settings = model.preferences().settings();
  bool changed = false;
  {
    const ItemGroup languages = captioned_group(ui, GroupRole::RadioGroup, ui.tr("app.settings.language"));
    bool first = true;
    for (const text::Language language : text::kAllLanguages) {
      // Every catalog names each language in its own script, so a citizen finds theirs whatever is selected.
      const std::string tag(text::language_tag(language));
      if (choice_button(ui, ui.tr("language." + tag), settings.language == language, first, tag)) {
        settings.language = language;
        changed = true;
      }
      first = false;
    }
  }
  gap(ui);
  {
    const ItemGroup sizes = captioned_group(ui, GroupRole::RadioGroup, ui.tr("text_size.label"));
    bool first = true;
    for (const app::TextSize size : app::kAllTextSizes) {
      const std::string tag(app::text_size_tag(size));
      if (choice_button(ui, ui.tr("text_size." + tag), settings.text_size == size, first, tag)) {
        settings.text_size = size;
        changed = true;
      }
      first = false;
    }
  }
  gap(ui);
  changed |= check_row(ui, ui.tr("app.settings.elderly"), settings.elderly, "elderly");
  caption(ui, ui.tr("app.settings.elderly_help"));
  changed |= check_row(ui, ui.tr("app.settings.high_contrast"), settings.high_contrast, "high_contrast");
  if (changed) {
    model.preferences().set_settings(settings);
  }
}

}  // namespace hotline::ui::screens
