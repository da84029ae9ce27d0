// Browser text editing for web/input/browser_text_input.cpp (an Emscripten --js-library): one real
// <input>/<textarea> laid over the text field the citizen taps, so the phone's keyboard, IMEs, voice
// input, paste and selection are the browser's own (Flutter web's and egui's "text agent" idea).
//
// The app reports each frame's fields (rectangles in CSS pixels of the canvas); a tap is hit-tested
// here, inside the touch handler itself, because iOS opens the keyboard only for a focus() made
// synchronously in a user gesture. The element's whole value is handed back after every change (never
// a delta), so a composition can neither lose nor double a character.
mergeInto(LibraryManager.library, {
  $hotlineTextInput: {
    fields: [],       // the last complete frame's fields
    building: [],     // the frame being reported
    editingId: '',    // the field the element edits now
    pending: null,    // Map id -> text changed since the app last took it
    element: null,    // the <input> or <textarea> in the page while editing
    wake: null,       // resumes the app's paused main loop
    press: null,      // where the current touch started (a drag scrolls, it does not edit)
    // The theme's padding inside a field, line spacing and colours (ui/theme.h; hotline_text_input_look).
    padding: 16,
    lineSpacing: 1.3,
    colors: null,
    // A finger wobbles a few pixels on a tap (ui/app.cpp, kDragThresholdPx).
    dragPx: 12,

    publish: function () {
      // Canvas-independent view of the fields for tests and support staff.
      document.body.dataset.editing = hotlineTextInput.editingId;
    },
    changed: function (id, text) {
      hotlineTextInput.pending.set(id, text);
      hotlineTextInput.wake();
    },
    fieldAt: function (x, y) {
      var fields = hotlineTextInput.fields;
      for (var i = fields.length - 1; i >= 0; i--) {
        var f = fields[i];
        if (x >= f.x && x < f.x + f.width && y >= f.y && y < f.y + f.height) return f;
      }
      return null;
    },
    place: function (el, f) {
      var self = hotlineTextInput;
      var canvas = Module.canvas;
      var box = canvas.getBoundingClientRect();
      var s = el.style;
      // Inside the drawn border (the canvas shows the accent frame around the element).
      var inset = 2;
      // The canvas' font size is Dear ImGui's line height; CSS sizes the em (the glyph source measured
      // the ratio of the same font stack). iOS zooms the page into an input whose font is under 16 px:
      // such a size is laid out at 16 px and scaled down to the drawn size, so both stay true.
      var em = f.fontPx * hotlineGlyphs.emPerLine;
      var k = Math.min(1, em / 16);
      s.left = (box.left + f.x + inset) + 'px';
      s.top = (box.top + f.y + inset) + 'px';
      s.transformOrigin = '0 0';
      s.transform = k < 1 ? 'scale(' + k + ')' : 'none';
      s.width = Math.max(0, f.width - 2 * inset) / k + 'px';
      s.height = Math.max(0, f.height - 2 * inset) / k + 'px';
      s.fontSize = em / k + 'px';
      s.lineHeight = f.multiline ? (f.fontPx * self.lineSpacing / k) + 'px' : 'normal';
      var padding = self.padding - inset;
      s.padding = f.multiline ? ((self.padding / 2 - inset) / k) + 'px ' + (padding / k) + 'px' : '0 ' + (padding / k) + 'px';
      if (self.colors) {
        s.background = self.colors.field;
        s.color = self.colors.text;
        s.caretColor = self.colors.caret;
      }
    },
    open: function (f) {
      var self = hotlineTextInput;
      self.close();
      var el = document.createElement(f.multiline ? 'textarea' : 'input');
      if (!f.multiline) el.type = f.password ? 'password' : 'text';
      el.id = 'hotline-text-input';
      el.className = 'hotline-text-input';
      el.setAttribute('aria-label', f.label);
      el.autocomplete = 'off';
      el.enterKeyHint = f.multiline ? 'enter' : 'done';
      el.dataset.field = f.id;
      el.value = f.text;
      self.place(el, f);
      var id = f.id;
      el.addEventListener('input', function () { if (self.element === el) self.changed(id, el.value); });
      // Chromium sends the last input event before compositionend, Safari after it: both hand over
      // the whole value, so the committed text is the same either way.
      el.addEventListener('compositionend', function () { if (self.element === el) self.changed(id, el.value); });
      el.addEventListener('keydown', function (event) {
        // Enter (the keyboard's Done) ends a one-line field; never while an IME still composes.
        if (event.key === 'Enter' && !f.multiline && !event.isComposing) {
          event.preventDefault();
          el.blur();
        }
      });
      el.addEventListener('blur', function () { if (self.element === el) self.close(); });
      document.body.appendChild(el);
      self.element = el;
      self.editingId = id;
      el.focus({ preventScroll: true });
      var end = el.value.length;
      el.setSelectionRange(end, end);
      self.publish();
      self.wake();
    },
    close: function () {
      var self = hotlineTextInput;
      var el = self.element;
      if (!el) return;
      self.element = null;
      self.editingId = '';
      el.remove();
      self.publish();
      self.wake();
    },
    // A tap at client coordinates: edit the field under it, or stop editing when it is elsewhere.
    tap: function (clientX, clientY) {
      var self = hotlineTextInput;
      var box = Module.canvas.getBoundingClientRect();
      var f = self.fieldAt(clientX - box.left, clientY - box.top);
      if (f && f.id === self.editingId) return;
      if (f) {
        self.open(f);
        return;
      }
      if (self.element) self.element.blur();
      // Keys reach SDL only through the focused canvas (SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT), and SDL's
      // touch and mouse handlers cancel the default focus change.
      Module.canvas.focus({ preventScroll: true });
    },
  },

  hotline_text_input_init__deps: ['$hotlineTextInput', '$hotlineGlyphs', '$getWasmTableEntry'],
  hotline_text_input_init: function (wake) {
    var self = hotlineTextInput;
    self.pending = new Map();
    self.wake = function () { {{{ makeDynCall('v', 'wake') }}}(); };
    var canvas = Module.canvas;
    canvas.addEventListener('touchstart', function (event) {
      var t = event.changedTouches[0];
      self.press = { x: t.clientX, y: t.clientY };
    }, { passive: true });
    // touchend, not touchstart: a finger that moved scrolls the screen instead.
    canvas.addEventListener('touchend', function (event) {
      var t = event.changedTouches[0];
      var p = self.press;
      self.press = null;
      if (p && Math.hypot(t.clientX - p.x, t.clientY - p.y) > self.dragPx) return;
      self.tap(t.clientX, t.clientY);
    });
    canvas.addEventListener('mouseup', function (event) {
      if (event.button === 0) self.tap(event.clientX, event.clientY);
    });
    self.publish();
  },

  // The theme's look, whenever it changes (text size, high contrast): colours as Dear ImGui's ImU32
  // (red in the low byte), applied to the element being edited too.
  hotline_text_input_look__deps: ['$hotlineTextInput'],
  hotline_text_input_look: function (field, text, caret, padding, lineSpacing) {
    var self = hotlineTextInput;
    var css = function (c) {
      c = c >>> 0;
      return 'rgba(' + (c & 255) + ',' + ((c >>> 8) & 255) + ',' + ((c >>> 16) & 255) + ',' + ((c >>> 24) / 255) + ')';
    };
    self.colors = { field: css(field), text: css(text), caret: css(caret) };
    self.padding = padding;
    self.lineSpacing = lineSpacing;
    if (self.element) {
      var s = self.element.style;
      s.background = self.colors.field;
      s.color = self.colors.text;
      s.caretColor = self.colors.caret;
    }
  },

  hotline_text_input_begin_fields__deps: ['$hotlineTextInput'],
  hotline_text_input_begin_fields: function () {
    hotlineTextInput.building = [];
  },

  hotline_text_input_add_field__deps: ['$hotlineTextInput'],
  hotline_text_input_add_field: function (id, label, text, x, y, width, height, fontPx, multiline, password) {
    hotlineTextInput.building.push({
      id: UTF8ToString(id), label: UTF8ToString(label), text: UTF8ToString(text), x: x, y: y, width: width,
      height: height, fontPx: fontPx, multiline: !!multiline, password: !!password,
    });
  },

  // The frame's fields are complete: keep them for hit-testing, follow the edited field (scrolling
  // moves it), and stop editing when it is gone (another screen).
  hotline_text_input_end_fields__deps: ['$hotlineTextInput'],
  hotline_text_input_end_fields: function () {
    var self = hotlineTextInput;
    self.fields = self.building;
    self.building = [];
    Module.hotlineTextFields = self.fields;
    if (!self.element) return;
    var f = self.fields.find(function (g) { return g.id === self.editingId; });
    if (f) {
      self.place(self.element, f);
    } else {
      self.element.blur();
    }
  },

  // Writes the edited field's id ('' when none) to `out` (`size` bytes).
  hotline_text_input_editing__deps: ['$hotlineTextInput'],
  hotline_text_input_editing: function (out, size) {
    stringToUTF8(hotlineTextInput.editingId, out, size);
  },

  // The field's new text as a malloc'ed UTF-8 string (the caller frees it), or 0 when unchanged.
  hotline_text_input_take__deps: ['$hotlineTextInput', 'malloc'],
  hotline_text_input_take: function (id) {
    var key = UTF8ToString(id);
    var pending = hotlineTextInput.pending;
    if (!pending.has(key)) return 0;
    var text = pending.get(key);
    pending.delete(key);
    var size = lengthBytesUTF8(text) + 1;
    var buffer = _malloc(size);
    stringToUTF8(text, buffer, size);
    return buffer;
  },
});
