// The app's building blocks: top bar, headings, paragraphs, large rounded buttons, tiles, list rows,
// labelled text fields with their errors, check and radio rows, notices. Each records itself in the
// item registry with its role and the label a citizen reads.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/message.h"
#include "base/secure_string.h"
#include "domain/field_error.h"
#include "platform/text_input.h"
#include "text/catalog.h"
#include "ui/item_actions.h"
#include "ui/item_registry.h"
#include "ui/onscreen_keyboard.h"
#include "ui/theme.h"

namespace hotline::ui {

// What every widget needs: the look, the registry and the strings of this frame.
struct Ui {
  const Theme& theme;
  ItemRegistry& items;
  ItemActions& actions;  // activations queued from outside the frame (screen reader, keyboard)
  const text::Strings& strings;
  platform::TextInput* text_input = nullptr;  // the platform edits text fields (web); null: ImGui does
  OnScreenKeyboard* keyboard = nullptr;       // a kiosk's keys for digits and letters; null: none (phones)
  float right_inset = 0;                      // kept free at the right by the cards open around the cursor
  // A finger is scrolling the screen: the press it began on a widget is no tap, and shows as none.
  bool touch_scrolling = false;

  std::string tr(std::string_view key) const { return std::string(strings.tr(key)); }
  std::string format(const base::Message& message) const { return strings.format(message); }
};

// The accent bar at the top of a screen with its title; the back button when `back` (true when tapped).
bool top_bar(Ui& ui, std::string_view title, bool back);

void heading(Ui& ui, std::string_view text);
// A paragraph wrapped with Chinese line-breaking rules at the theme's line spacing; `live` when its
// appearing is news a screen reader announces (a status).
void paragraph(Ui& ui, std::string_view text, ImU32 color = 0, float size_px = 0, bool live = false);
// A one-line label above a field, a group of choices or a value.
void caption(Ui& ui, std::string_view text);
// A caption and the group it names (a list, a set of choices), open until the result goes out of scope;
// a screen reader hears the caption once, as the group's name.
ItemGroup captioned_group(Ui& ui, GroupRole role, std::string_view caption_text);

enum class ButtonKind { Primary, Secondary, Danger };
// Full-width (or `width` when > 0) button of at least the theme's target height. `id` keeps the
// button's identity when two buttons on a screen read the same.
bool button(Ui& ui, std::string_view label, ButtonKind kind = ButtonKind::Primary, std::string_view id = {},
            float width = 0, bool enabled = true);

// A tappable card row: a coloured square with one character (the type's icon), a title and a line
// below it. True when tapped.
bool tile(Ui& ui, std::string_view icon, ImU32 icon_color, std::string_view title, std::string_view subtitle,
          std::string_view id = {});

// A list row: title, a line below it, and a status badge on the right (empty: none).
bool list_row(Ui& ui, std::string_view title, std::string_view subtitle, std::string_view badge, ImU32 badge_color,
              std::string_view id = {});

// How a text field takes its text, besides its label, value and id.
struct TextFieldOptions {
  int lines = 1;                           // multi-line when > 1
  std::string_view hint;                   // shown while it is empty
  std::vector<domain::FieldError> errors;  // shown below it
  std::size_t counter_max = 0;             // > 0: "n / max" characters under it
  bool password = false;                   // shown as stars
  // What the on-screen keyboard offers while it is edited (a one-line field; the field is kept in view
  // above the keys).
  Keys keys = Keys::Text;
};

// A labelled text field with its errors below it. True when edited.
bool text_field(Ui& ui, std::string_view label, std::string& value, std::string_view id,
                const TextFieldOptions& options = {});
// The same for personal text: the plain copy the field edits is zeroed before it is freed.
bool text_field(Ui& ui, std::string_view label, base::SecureString& value, std::string_view id,
                const TextFieldOptions& options = {});

bool check_row(Ui& ui, std::string_view label, bool& value, std::string_view id = {});
bool radio_row(Ui& ui, std::string_view label, bool selected, std::string_view id = {});

// Errors of one field, in red under it, with their parameters filled in (announced when they appear).
void field_errors(Ui& ui, const std::vector<domain::FieldError>& errors);

enum class NoticeKind { Info, Success, Warning, Error };
// A coloured box with a message: what happened and what to do next (announced when it appears).
void notice(Ui& ui, NoticeKind kind, std::string_view text);

// A long text shown by its beginning and its length, with a button to read it all (and to fold it
// again); a short one is shown whole.
void expandable_text(Ui& ui, std::string_view text, std::string_view id, ImU32 color = 0);
// The first characters of a long text and its length ("…（共 1500 字）"), the whole of a short one.
std::string excerpt(const Ui& ui, std::string_view text);

// A round count on the right end of the item just drawn (a button), in the accent colour.
void count_badge(Ui& ui, std::size_t count);

// A large green circle with a tick and a centred title: "it worked" at a glance (and announced).
void success_banner(Ui& ui, std::string_view title);

// A turning circle with a label (keeps the app drawing while shown).
void spinner(Ui& ui, std::string_view label);

// The width widgets take from the cursor: what the window has left, less the right padding of the cards
// open around it.
float content_width(const Ui& ui);

// A white card around what is drawn while it lives (cards nest): the content goes on a layer of the
// window's draw list above the card, which is drawn under it once the content's height is known.
class Card {
 public:
  explicit Card(Ui& ui);
  ~Card();
  Card(const Card&) = delete;
  Card& operator=(const Card&) = delete;

 private:
  Ui& ui_;
  ImDrawList* list_;
  ImDrawListSplitter layers_;
};

// Vertical space of `units` theme gaps.
void gap(Ui& ui, float units = 1);

// A row of choices (language, text size) where the selected one is filled; wraps when it does not
// fit. True when the choice was tapped.
bool choice_button(Ui& ui, std::string_view label, bool selected, bool first_in_row, std::string_view id = {});

}  // namespace hotline::ui
