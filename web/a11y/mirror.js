// The screen-reader and keyboard mirror for web/a11y/screen_reader_mirror.cpp (an Emscripten --js-library):
// a transparent layer of real DOM elements over the canvas, one per item the UI drew, with its ARIA role
// and name, in the UI's reading order (Flutter web's semantics tree). A screen reader reads and touches
// these; Tab moves through them; what is done to them goes back to the UI as a request (activate, focus,
// back) that the next frame acts on, so the model stays the only place where anything happens.
//
// The layer lets pointer events through (a sighted tap still reaches the canvas) until assistive
// technology shows itself; elements are reused by key and only touched when an item changed, and the
// whole update is skipped when nothing did.
mergeInto(LibraryManager.library, {
  $hotlineA11y: {
    root: null,        // the layer over the canvas
    live: null,        // the polite live region for news
    nodes: null,       // Map key -> element of the current items
    screen: -1,        // the last screen shown (a new one moves the focus to its heading)
    liveShown: null,   // Set of the live texts on screen, so each is announced once when it appears
    request: null,     // function (kind, id) into the C++ half
    keepFocus: null,   // a mirrored text field focused back after editing: do not open the editor again
    pointerAt: -1e9,   // when a pointer last went down (ms): a focus right after it is a tap's
    ownFocus: false,   // the mirror itself is moving the focus (to a new screen's title)
    exploring: false,  // a screen reader or the keyboard is in use: the items take touches
    log: [],           // the last syncs' costs, for benches: {cppMs, domMs, changed}
    REQUEST_ACTIVATE: 1,
    REQUEST_FOCUS: 2,
    REQUEST_BACK: 3,

    // Item keys: interactive items by their ImGui id, texts by role, name and occurrence.
    keyOf: function (item, seen) {
      if (item.id !== undefined) return 'i' + item.id;
      var base = item.role + ':' + item.name;
      var n = (seen.get(base) || 0) + 1;
      seen.set(base, n);
      return base + '#' + n;
    },
    tagFor: function (item, firstHeading) {
      switch (item.role) {
        case 'button': case 'checkbox': case 'radio': return 'button';
        case 'heading': return firstHeading ? 'h1' : 'h2';
        case 'text': return 'p';
        default: return 'div';
      }
    },
    create: function (item, tag) {
      var self = hotlineA11y;
      var el = document.createElement(tag);
      el.className = 'hotline-a11y-item';
      if (tag === 'button') el.type = 'button';
      if (item.role === 'checkbox' || item.role === 'radio') el.setAttribute('role', item.role);
      if (item.role === 'heading') el.tabIndex = -1;  // focused on a new screen, not a Tab stop
      if (item.role === 'img') el.setAttribute('role', 'img');
      if (item.role === 'textbox') {
        el.setAttribute('role', 'textbox');
        el.tabIndex = 0;
      }
      if (item.id !== undefined) el.dataset.id = item.id;
      el.addEventListener('click', function () {
        if (performance.now() - self.pointerAt > 1000) self.explore();
        if (el.dataset.id !== undefined && item.role !== 'textbox') self.request(self.REQUEST_ACTIVATE, +el.dataset.id);
      });
      return el;
    },
    // Writes what differs between `item` and what the element shows.
    update: function (el, item) {
      var old = el.hotlineItem || {};
      if (old.name !== item.name || old.value !== item.value) {
        if (item.role === 'textbox') {
          el.setAttribute('aria-label', item.name);
          el.textContent = item.value || '';
        } else if (item.role === 'img') {
          el.setAttribute('aria-label', item.name);
        } else {
          el.textContent = item.name;
        }
      }
      if (old.checked !== item.checked && item.checked !== undefined) el.setAttribute('aria-checked', String(item.checked));
      if (old.disabled !== item.disabled) {
        if (item.disabled) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
      }
      var s = el.style;
      if (old.x !== item.x) s.left = item.x + 'px';
      if (old.y !== item.y) s.top = item.y + 'px';
      if (old.w !== item.w) s.width = item.w + 'px';
      if (old.h !== item.h) s.height = item.h + 'px';
      el.hotlineItem = item;
    },
    // The news among the items: live texts that were not on screen before, read out once.
    announce: function (items) {
      var self = hotlineA11y;
      var now = new Set();
      var fresh = [];
      items.forEach(function (item) {
        if (!item.live) return;
        now.add(item.name);
        if (!self.liveShown.has(item.name)) fresh.push(item.name);
      });
      self.liveShown = now;
      if (fresh.length === 0) return;
      // Emptied first, so a repeated message is a change the screen reader hears again.
      self.live.textContent = '';
      setTimeout(function () { self.live.textContent = fresh.join('\n'); }, 50);
    },
    // The element of a group (a list, a list entry, a set of radio buttons): no box of its own, its items
    // keep their places over the canvas.
    groupElement: function (group, key) {
      var el = hotlineA11y.nodes.get(key);
      if (!el) {
        el = document.createElement('div');
        el.className = 'hotline-a11y-group';
        el.setAttribute('role', group.role);
      }
      if ((el.getAttribute('aria-label') || '') !== group.name) {
        if (group.name) el.setAttribute('aria-label', group.name); else el.removeAttribute('aria-label');
      }
      return el;
    },
    apply: function (state) {
      var self = hotlineA11y;
      var root = self.root;
      root.style.fontSize = (state.fontPx * hotlineGlyphs.emPerLine) + 'px';
      var seen = new Map();
      var next = new Map();
      var order = [];
      var children = new Map();  // container -> its children in reading order
      var childrenOf = function (container) {
        if (!children.has(container)) children.set(container, []);
        return children.get(container);
      };
      var groups = [];  // group index -> element, made when its first item is reached
      var containerOf = function (index) {
        if (index === undefined || index < 0) return root;
        if (!groups[index]) {
          var group = state.groups[index];
          var key = 'group:' + self.keyOf(group, seen);
          var el = groups[index] = self.groupElement(group, key);
          next.set(key, el);
          childrenOf(containerOf(group.parent)).push(el);
        }
        return groups[index];
      };
      var firstHeading = true;
      state.items.forEach(function (item) {
        var tag = self.tagFor(item, item.role === 'heading' && firstHeading);
        if (item.role === 'heading') firstHeading = false;
        var key = self.keyOf(item, seen) + '/' + tag;
        var el = self.nodes.get(key);
        if (!el) {
          el = self.create(item, tag);
          el.hotlineNew = true;
        }
        self.update(el, item);
        next.set(key, el);
        order.push(el);
        childrenOf(containerOf(item.group)).push(el);
      });
      // In reading order; elements already in place are not moved (moving one would drop its focus).
      children.forEach(function (list, container) {
        var at = container.firstChild;
        list.forEach(function (el) {
          if (el !== at) container.insertBefore(el, at); else at = at.nextSibling;
        });
      });
      // After the moves: an element that left a group for another is not removed with the old group.
      self.nodes.forEach(function (el, key) { if (!next.has(key)) el.remove(); });
      self.nodes = next;
      self.announce(state.items);
      var heading = root.querySelector('h1');
      if (state.screen !== self.screen && heading) {
        self.screen = state.screen;
        // A new screen: the reader starts at its title, as after a page load. Only when the title is new
        // or the focus was lost with the old screen: a new generation of the same screen (a reload of
        // its data) must not pull the reader away from where they are.
        var active = document.activeElement;
        var lost = !active || active === document.body || active === Module.canvas;
        if (heading.hotlineNew || lost || (root.contains(active) && active.tagName === 'H1')) {
          self.ownFocus = true;
          heading.focus({ preventScroll: true });
          self.ownFocus = false;
        }
      }
      order.forEach(function (el) { el.hotlineNew = false; });
    },
    // The mirrored text field `el`: the browser's editor over it (web/input), focused at once.
    edit: function (el) {
      var name = el.getAttribute('aria-label');
      var field = (hotlineTextInput.fields || []).find(function (f) { return f.label === name; });
      if (!field) return;
      hotlineTextInput.open(field);
      var editor = hotlineTextInput.element;
      if (!editor) return;
      // One textbox of that name for a screen reader while editing: the editor.
      el.setAttribute('aria-hidden', 'true');
      editor.hotlineMirror = el;
      editor.addEventListener('blur', function () { el.removeAttribute('aria-hidden'); });
    },
    // A screen reader's touch exploration finds elements by hit-testing, which passes through
    // `pointer-events: none`: once one is in use (an item focused with no pointer down just before, or
    // a click no pointer made) the items take pointer events, and a tap acts through them as a double
    // tap does (Flutter web's semantics nodes take pointer events once semantics are on, for the same
    // reason). The mouse's moves and wheel over them still reach the canvas, so a wheel scrolls.
    explore: function () {
      var self = hotlineA11y;
      if (self.exploring) return;
      self.exploring = true;
      self.root.classList.add('hotline-a11y-explore');
    },
    focusables: function () {
      return Array.prototype.filter.call(hotlineA11y.root.querySelectorAll('.hotline-a11y-item'),
                                         function (el) { return el.tabIndex >= 0; });
    },
    // Tab from the editor goes on from its mirrored field, as if the editor stood in its place.
    tabFrom: function (mirrored, backwards) {
      var list = hotlineA11y.focusables();
      var i = list.indexOf(mirrored);
      var target = list[i + (backwards ? -1 : 1)];
      if (target) {
        target.focus({ preventScroll: true });
      } else {
        mirrored.focus({ preventScroll: true });
      }
    },
    onKey: function (event) {
      var self = hotlineA11y;
      var target = event.target;
      var editor = hotlineTextInput.element;
      if (editor && target === editor && editor.hotlineMirror) {
        var mirrored = editor.hotlineMirror;
        if (event.key === 'Tab') {
          event.preventDefault();
          self.tabFrom(mirrored, event.shiftKey);
        } else if (event.key === 'Escape' || (event.key === 'Enter' && editor.tagName === 'INPUT' && !event.isComposing)) {
          // Done editing: back on the field, without opening the editor again.
          event.preventDefault();
          event.stopImmediatePropagation();
          self.keepFocus = mirrored;
          mirrored.focus({ preventScroll: true });
        }
        return;
      }
      if (event.key === 'Escape' && (self.root.contains(target) || target === document.body)) {
        event.preventDefault();
        self.request(self.REQUEST_BACK, 0);
      } else if (event.key === 'Enter' && target.getAttribute && target.getAttribute('role') === 'textbox' &&
                 self.root.contains(target)) {
        event.preventDefault();
        self.edit(target);
      }
    },
  },

  hotline_a11y_init__deps: ['$hotlineA11y', '$hotlineTextInput', '$hotlineGlyphs', '$getWasmTableEntry'],
  hotline_a11y_init: function (owner, request) {
    var self = hotlineA11y;
    self.nodes = new Map();
    self.liveShown = new Set();
    self.request = function (kind, id) { {{{ makeDynCall('viii', 'request') }}}(owner, kind, id | 0); };
    var style = document.createElement('style');
    // Transparent over the canvas (the canvas draws the items and their focus ring), letting taps
    // through; the live region is read, never seen.
    style.textContent =
        '#hotline-a11y{position:fixed;margin:0;overflow:hidden;pointer-events:none}' +
        '.hotline-a11y-item{position:absolute;box-sizing:border-box;margin:0;padding:0;border:0;overflow:hidden;' +
        'background:transparent;color:transparent;font:inherit;text-align:left;outline:none;white-space:pre-wrap}' +
        '.hotline-a11y-group{margin:0;padding:0}' +
        '#hotline-a11y.hotline-a11y-explore .hotline-a11y-item{pointer-events:auto}' +
        '#hotline-a11y-live{position:fixed;left:0;top:0;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}';
    document.head.appendChild(style);
    var canvas = Module.canvas;
    // The canvas is one blank image to a screen reader; the layer says what it shows.
    canvas.setAttribute('aria-hidden', 'true');
    var root = self.root = document.createElement('div');
    root.id = 'hotline-a11y';
    var live = self.live = document.createElement('div');
    live.id = 'hotline-a11y-live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    document.body.appendChild(root);
    document.body.appendChild(live);
    var place = function () {
      var box = canvas.getBoundingClientRect();
      root.style.left = box.left + 'px';
      root.style.top = box.top + 'px';
      root.style.width = box.width + 'px';
      root.style.height = box.height + 'px';
    };
    place();
    window.addEventListener('resize', place);
    // Focusing an item scrolled out of view would scroll the layer; the UI scrolls its content instead.
    root.addEventListener('scroll', function () { root.scrollTop = 0; root.scrollLeft = 0; });
    document.addEventListener('pointerdown', function () { self.pointerAt = performance.now(); }, true);
    // The UI scrolls what lies under the mouse: it follows the mouse over the items too.
    root.addEventListener('mousemove', function (event) { canvas.dispatchEvent(new MouseEvent('mousemove', event)); });
    root.addEventListener('wheel', function (event) {
      event.preventDefault();
      canvas.dispatchEvent(new WheelEvent('wheel', event));
    }, { passive: false });
    root.addEventListener('focusin', function (event) {
      var el = event.target;
      if (!self.ownFocus && performance.now() - self.pointerAt > 1000) self.explore();
      self.request(self.REQUEST_FOCUS, el.dataset.id !== undefined ? +el.dataset.id : 0);
      if (el.getAttribute('role') === 'textbox') {
        if (self.keepFocus === el) {
          self.keepFocus = null;
        } else {
          self.edit(el);
        }
      }
    });
    root.addEventListener('focusout', function (event) {
      var to = event.relatedTarget;
      // Into the editor the field stays focused (ringed); anywhere else outside the layer: no ring.
      if (!to || (!root.contains(to) && to !== hotlineTextInput.element)) self.request(self.REQUEST_FOCUS, 0);
    });
    document.addEventListener('keydown', self.onKey, true);
  },

  // The frame's items as JSON (null: unchanged since the last call, nothing to do), and what preparing
  // them cost in C++.
  hotline_a11y_sync__deps: ['$hotlineA11y'],
  hotline_a11y_sync: function (json, cppMs) {
    var self = hotlineA11y;
    var start = performance.now();
    if (json) self.apply(JSON.parse(UTF8ToString(json)));
    self.log.push({ cppMs: cppMs, domMs: performance.now() - start, changed: !!json });
    if (self.log.length > 64) self.log.shift();
    Module.hotlineA11yLog = self.log;
  },
});
