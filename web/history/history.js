// Browser history for web/history/browser_history.cpp (an Emscripten --js-library): one history entry
// per screen of the app's navigation stack, so the phone's back button and the back gesture go back
// one screen. Each entry's state holds its depth (1 = Home); entries survive a reload.
mergeInto(LibraryManager.library, {
  $hotlineHistory: {
    depth: 1,         // depth of the current history entry
    ignoredPops: 0,   // popstates caused by our own history.go(), not by the citizen
    back: null,       // the app goes back `steps` screens
    url: '',          // the app's current route as a URL fragment ('#describe')
    entry: function (depth) { return { hotline: true, depth: depth }; },
    // Moves the browser to `depth` when the app went back by itself (its own back button, home).
    goTo: function (depth) {
      var self = hotlineHistory;
      if (depth === self.depth) return;
      self.ignoredPops++;
      history.go(depth - self.depth);
    },
  },

  hotline_history_init__deps: ['$hotlineHistory', '$hotlineHost', '$getWasmTableEntry'],
  hotline_history_init: function (back, user) {
    var self = hotlineHistory;
    self.back = function (steps) { {{{ makeDynCall('vii', 'back') }}}(user, steps); };
    var state = history.state;
    if (state && state.hotline) {
      self.depth = state.depth;  // a reload: the entries below this one are still ours
    } else {
      history.replaceState(self.entry(1), '');
    }
    // A host app's back button (web/host) goes back through the history like the browser's own, so
    // both stay in step; at Home it is the host's (it closes the page).
    hotlineHost.onBack(function () {
      if (self.depth <= 1) return false;
      history.back();
      return true;
    });
    window.addEventListener('popstate', function (event) {
      var depth = event.state && event.state.hotline ? event.state.depth : 1;
      if (self.ignoredPops > 0) {
        self.ignoredPops--;
        self.depth = depth;
        history.replaceState(self.entry(depth), '', self.url);
        return;
      }
      var steps = self.depth - depth;
      self.depth = depth;
      if (steps > 0) {
        self.back(steps);
      } else if (steps < 0) {
        // Forward: the screens ahead are gone from the app (a back in the app drops them); stay.
        self.goTo(depth + steps);
      }
    });
  },

  // The app's navigation stack is `depth` screens deep, showing `route` (its code, shown in the URL).
  hotline_history_sync__deps: ['$hotlineHistory'],
  hotline_history_sync: function (depth, route) {
    var self = hotlineHistory;
    var url = self.url = '#' + UTF8ToString(route);
    if (depth < self.depth) {
      self.goTo(depth);
      return;
    }
    while (self.depth < depth) {
      self.depth++;
      history.pushState(self.entry(self.depth), '', url);
    }
    history.replaceState(self.entry(depth), '', url);
  },
});
