// The host app around the page (an Emscripten --js-library): when the page runs inside WeChat (its
// JS-SDK `wx`), Alipay (`my` and `AlipayJSBridge`) or a host implementing window.HotlineHost
// (docs/host_bridge.md, e.g. e福州), photos, the position and the back button go through the host;
// in a plain browser hotlineHost.current() is null and the browser's own APIs are used.
//
// Each adapter offers, where its host can (offers() says which, for platform::HostBridge):
//   chooseImages(max) -> Promise<[Blob with .name]>  (rejects when the citizen cancels)
//   locate()          -> Promise<{lat, lon, accuracy, datum: 'wgs84' | 'gcj02'}>
//   choosePlace()     -> Promise<{lat, lon, name, address, datum}>  (the host's map picker)
//   identityToken()   -> Promise<string>  (a signed token the server verifies; window.HotlineHost only:
//                        WeChat's and Alipay's public JS APIs give no signed identity to a page)
// The host's back button calls the handler given to hotlineHost.onBack(); it answers true when the app
// went back a screen (WeChat's back button moves the page's history: web/history follows it already).
// Positions are handed to C++ with their datum; GCJ-02 is converted there (core/domain/gcj02).
mergeInto(LibraryManager.library, {
  $hotlineHost: {
    // A base64 image as WeChat's getLocalImgData answers it: with or without a data: prefix (iOS
    // writes "jgp" for jpeg in it), with line breaks on some Android versions.
    base64Blob: function (data, name) {
      var comma = data.indexOf(',');
      var type = 'image/jpeg';
      if (data.indexOf('data:') === 0 && comma > 0) {
        var match = /^data:([^;,]+)/.exec(data);
        if (match && match[1] !== 'image/jgp') type = match[1];
        data = data.slice(comma + 1);
      }
      var binary = atob(data.replace(/[\r\n\s]/g, ''));
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      var blob = new Blob([bytes], { type: type });
      blob.name = name;
      return blob;
    },
    // Calls a callback-style API ({success, fail, cancel}) as a promise.
    call: function (fn, options) {
      return new Promise(function (resolve, reject) {
        var args = Object.assign({}, options, {
          success: resolve,
          fail: function (res) { reject(new Error((res && (res.errMsg || res.errorMessage || res.error)) || 'failed')); },
          cancel: function () { reject(new Error('cancelled')); },
        });
        fn(args);
      });
    },

    // Rejections whose message says the citizen backed out (each host words it differently).
    cancelled: function (error) { return /cancel|取消/i.test(String(error && (error.message || error))); },

    adapters: {
      // window.HotlineHost: the contract of docs/host_bridge.md, promise-based.
      hotline: {
        present: function () { return typeof window.HotlineHost === 'object' && window.HotlineHost !== null; },
        offers: function () {
          var has = function (name) { return typeof HotlineHost[name] === 'function'; };
          return { photos: has('chooseImages'), location: has('getLocation'), map: has('chooseLocation'),
                   identity: has('getIdentityToken'), back: has('onBack') };
        },
        choosePlace: function () {
          if (typeof HotlineHost.chooseLocation !== 'function') return null;
          return HotlineHost.chooseLocation().then(function (p) {
            return { lat: Number(p.latitude), lon: Number(p.longitude), name: p.name || '', address: p.address || '',
                     datum: p.datum || 'wgs84' };
          });
        },
        identityToken: function () {
          if (typeof HotlineHost.getIdentityToken !== 'function') return null;
          return Promise.resolve(HotlineHost.getIdentityToken());
        },
        chooseImages: function (max) {
          if (typeof HotlineHost.chooseImages !== 'function') return null;
          return HotlineHost.chooseImages({ max: max }).then(function (images) {
            return images.map(function (image, i) {
              var name = image.name || ('photo-' + (i + 1) + '.jpg');
              if (image.data instanceof Blob) {
                image.data.name = name;
                return image.data;
              }
              return hotlineHost.base64Blob(image.data, name);
            });
          });
        },
        locate: function () {
          if (typeof HotlineHost.getLocation !== 'function') return null;
          return HotlineHost.getLocation().then(function (p) {
            return { lat: p.latitude, lon: p.longitude, accuracy: p.accuracy || 0, datum: p.datum || 'wgs84' };
          });
        },
        onBack: function (handler) {
          if (typeof HotlineHost.onBack === 'function') HotlineHost.onBack(handler);
        },
      },
      // WeChat's JS-SDK (the page's deployment calls wx.config with its signature).
      wechat: {
        present: function () { return typeof window.wx === 'object' && typeof wx.chooseImage === 'function'; },
        offers: function () {
          return { photos: true, location: typeof wx.getLocation === 'function',
                   map: typeof wx.chooseLocation === 'function', identity: false, back: true };
        },
        // WeChat's map picker answers in GCJ-02 (its maps' datum), whatever getLocation was asked for.
        choosePlace: function () {
          if (typeof wx.chooseLocation !== 'function') return null;
          return hotlineHost.call(wx.chooseLocation, {}).then(function (res) {
            return { lat: Number(res.latitude), lon: Number(res.longitude), name: res.name || '',
                     address: res.address || '', datum: 'gcj02' };
          });
        },
        identityToken: function () { return null; },
        chooseImages: function (max) {
          return hotlineHost.call(wx.chooseImage, { count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] })
              .then(function (res) {
                return Promise.all(res.localIds.slice(0, max).map(function (localId, i) {
                  return hotlineHost.call(wx.getLocalImgData, { localId: localId }).then(function (img) {
                    return hotlineHost.base64Blob(img.localData, 'wechat-' + (i + 1) + '.jpg');
                  });
                }));
              });
        },
        // WeChat answers in WGS-84 when asked (its default); no conversion needed.
        locate: function () {
          if (typeof wx.getLocation !== 'function') return null;
          return hotlineHost.call(wx.getLocation, { type: 'wgs84' }).then(function (res) {
            return { lat: res.latitude, lon: res.longitude, accuracy: res.accuracy || 0, datum: 'wgs84' };
          });
        },
      },
      // Alipay: `my` (its H5 JS-API) for photos and the position, the container's "back" event.
      alipay: {
        present: function () {
          return (typeof window.my === 'object' && typeof my.chooseImage === 'function') ||
                 typeof window.AlipayJSBridge === 'object';
        },
        offers: function () {
          var my_ = typeof window.my === 'object' ? window.my : {};
          return { photos: typeof my_.chooseImage === 'function', location: typeof my_.getLocation === 'function',
                   map: typeof my_.chooseLocation === 'function', identity: false,
                   back: typeof window.AlipayJSBridge === 'object' };
        },
        // Alipay's map picker answers in GCJ-02, as its position does.
        choosePlace: function () {
          if (typeof window.my !== 'object' || typeof my.chooseLocation !== 'function') return null;
          return hotlineHost.call(my.chooseLocation, {}).then(function (res) {
            return { lat: Number(res.latitude), lon: Number(res.longitude), name: res.name || '',
                     address: res.address || '', datum: 'gcj02' };
          });
        },
        identityToken: function () { return null; },
        chooseImages: function (max) {
          if (typeof window.my !== 'object' || typeof my.chooseImage !== 'function') return null;
          return hotlineHost.call(my.chooseImage, { count: max, sourceType: ['camera', 'album'] }).then(function (res) {
            return Promise.all((res.apFilePaths || []).slice(0, max).map(function (url, i) {
              return fetch(url).then(function (response) { return response.blob(); }).then(function (blob) {
                blob.name = 'alipay-' + (i + 1) + '.jpg';
                return blob;
              });
            }));
          });
        },
        // Alipay's position is GCJ-02 only (its maps' datum).
        locate: function () {
          if (typeof window.my !== 'object' || typeof my.getLocation !== 'function') return null;
          return hotlineHost.call(my.getLocation, { type: 0 }).then(function (res) {
            return { lat: Number(res.latitude), lon: Number(res.longitude), accuracy: Number(res.accuracy) || 0,
                     datum: 'gcj02' };
          });
        },
        // The container fires "back" on the document; without preventDefault it closes the page.
        onBack: function (handler) {
          document.addEventListener('back', function (event) {
            if (handler()) {
              event.preventDefault();
            } else if (window.AlipayJSBridge) {
              event.preventDefault();
              AlipayJSBridge.call('popWindow');
            }
          }, false);
        },
      },
    },

    // Registers the app's answer to a host's back button: window.HotlineHost's (defined before the
    // page's scripts run) and Alipay's "back" event (its bridge may arrive later; no one else fires it).
    onBack: function (handler) {
      if (hotlineHost.adapters.hotline.present()) hotlineHost.adapters.hotline.onBack(handler);
      hotlineHost.adapters.alipay.onBack(handler);
    },

    // The adapter of the host the page runs in, or null; asked at each use (Alipay injects its
    // bridge after the page started).
    current: function () {
      var order = ['hotline', 'wechat', 'alipay'];
      for (var i = 0; i < order.length; i++) {
        var adapter = hotlineHost.adapters[order[i]];
        if (adapter.present()) return adapter;
      }
      return null;
    },
  },

  // The position for web/system/browser_location.cpp: answer(user, error, lat, lon, accuracy, gcj02)
  // with error 0 none, 1 denied, 2 unavailable, 3 timeout (the GeolocationPositionError codes).
  hotline_host_locate__deps: ['$hotlineHost', '$getWasmTableEntry'],
  hotline_host_locate: function (answer, user) {
    var reply = function (error, lat, lon, accuracy, gcj02) {
      {{{ makeDynCall('viidddi', 'answer') }}}(user, error, lat, lon, accuracy, gcj02 ? 1 : 0);
    };
    var host = hotlineHost.current();
    var asked = host && host.locate();
    if (asked) {
      asked.then(function (p) { reply(0, p.lat, p.lon, p.accuracy, p.datum === 'gcj02'); },
                 function (e) { reply(/cancel|deny|auth/i.test(String(e)) ? 1 : 2, 0, 0, 0, false); });
      return;
    }
    // No geolocation at all (an old webview, an insecure page) answers "unavailable", also later.
    if (!navigator.geolocation) {
      setTimeout(function () { reply(2, 0, 0, 0, false); }, 0);
      return;
    }
    navigator.geolocation.getCurrentPosition(
        function (position) {
          var c = position.coords;
          reply(0, c.latitude, c.longitude, c.accuracy, false);
        },
        function (error) { reply(error.code >= 1 && error.code <= 3 ? error.code : 2, 0, 0, 0, false); },
        // A minute-old fix is good enough for "where is the problem"; 15 s before saying it failed.
        { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  },

  // What the host offers, for web/host/web_host_bridge.cpp: bits 1 photos, 2 location, 4 map picker,
  // 8 identity, 16 back button; 0 in a plain browser.
  hotline_host_offers__deps: ['$hotlineHost'],
  hotline_host_offers: function () {
    var host = hotlineHost.current();
    if (!host) return 0;
    var o = host.offers();
    return (o.photos ? 1 : 0) | (o.location ? 2 : 0) | (o.map ? 4 : 0) | (o.identity ? 8 : 0) | (o.back ? 16 : 0);
  },

  // The host's map picker: answer(user, error, lat, lon, gcj02, name, address) with error 0 picked,
  // 1 cancelled, 2 unavailable; name and address are malloc'ed strings the C++ side takes over.
  hotline_host_choose_place__deps: ['$hotlineHost', 'malloc', '$getWasmTableEntry'],
  hotline_host_choose_place: function (answer, user) {
    var string = function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    };
    var reply = function (error, p) {
      {{{ makeDynCall('viiddiii', 'answer') }}}(user, error, p ? p.lat : 0, p ? p.lon : 0,
                                                p && p.datum === 'gcj02' ? 1 : 0, string(p ? String(p.name) : ''),
                                                string(p ? String(p.address) : ''));
    };
    var host = hotlineHost.current();
    var asked = host && host.choosePlace();
    if (!asked) {
      setTimeout(function () { reply(2, null); }, 0);
      return;
    }
    asked.then(function (p) {
      reply(isFinite(p.lat) && isFinite(p.lon) && (p.lat !== 0 || p.lon !== 0) ? 0 : 2, p);
    }, function (e) { reply(hotlineHost.cancelled(e) ? 1 : 2, null); });
  },

  // The host's signed identity: answer(user, found, token) with found 1 and a malloc'ed token the C++
  // side takes over, or found 0 (no host identity, refused, failed).
  hotline_host_identity__deps: ['$hotlineHost', 'malloc', '$getWasmTableEntry'],
  hotline_host_identity: function (answer, user) {
    var reply = function (token) {
      var text = typeof token === 'string' ? token : '';
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      {{{ makeDynCall('viii', 'answer') }}}(user, text ? 1 : 0, ptr);
    };
    var host = hotlineHost.current();
    var asked = host && host.identityToken();
    if (!asked) {
      setTimeout(function () { reply(''); }, 0);
      return;
    }
    asked.then(reply, function () { reply(''); });
  },
});
