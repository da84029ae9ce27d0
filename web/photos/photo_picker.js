// Photo picking and preparing for web/photos (an Emscripten --js-library): the page's
// <input type=file accept="image/*" multiple> (phones offer the camera in it), and a Web Worker
// (photo_worker.js) that downscales each chosen photo through the browser and runs the core's pipeline
// on it, so the page's main thread never decodes, resizes or encodes a photo. The chosen files stay
// in the browser as File objects: the app gets handles, and only the prepared result (a few hundred
// KB) enters its memory. Without a working worker the worker's module (the core's portable pipeline,
// the kiosk's path) is loaded into the page and runs on the main thread, slower but complete; the
// page's own module does not carry the pipeline, so nothing of it is downloaded before the first frame.
mergeInto(LibraryManager.library, {
  $hotlinePhotos: {
    input: null,
    files: {},  // handle -> File, until prepared
    nextHandle: 1,
    worker: null,
    workerFailed: false,
    waiting: {},  // token -> {file, use, answer}: sent to the worker, not answered yet
    core: null,   // the pipeline's module loaded into the page (a promise), where no worker runs

    // Starts the worker on first use (the first frame never waits for its module).
    startWorker: function () {
      var self = hotlinePhotos;
      if (self.worker || self.workerFailed) return self.worker;
      try {
        self.worker = new Worker('photo_worker.js');
      } catch (e) {
        self.workerFailed = true;
        return null;
      }
      self.worker.onmessage = function (event) {
        var job = self.waiting[event.data.token];
        if (!job) return;
        delete self.waiting[event.data.token];
        if (event.data.wire) {
          job.answer(0, new Uint8Array(event.data.wire));
        } else {
          console.warn('[hotline] photo worker: ' + event.data.error);
          job.answer(2, new Uint8Array(0));
        }
      };
      // The worker's script or module did not load: what it was given goes the portable way.
      self.worker.onerror = function (event) {
        console.warn('[hotline] photo worker failed: ' + (event.message || event));
        event.preventDefault();
        self.workerFailed = true;
        self.worker.terminate();
        self.worker = null;
        var jobs = Object.values(self.waiting);
        self.waiting = {};
        jobs.forEach(self.onMainThread);
      };
      return self.worker;
    },
    // The worker's module, loaded once into the page by a script element (HotlinePhotoCore).
    loadCore: function () {
      var self = hotlinePhotos;
      if (!self.core) {
        self.core = new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = 'photo_worker_core.js';
          script.onload = function () { HotlinePhotoCore().then(resolve, reject); };
          script.onerror = reject;
          document.head.appendChild(script);
        });
      }
      return self.core;
    },
    onMainThread: function (job) {
      Promise.all([job.file.arrayBuffer(), hotlinePhotos.loadCore()]).then(function (loaded) {
        job.answer(0, loaded[1].prepareBytes(new Uint8Array(loaded[0]), job.use));
      }, function (e) {
        console.warn('[hotline] photo pipeline not loaded: ' + e);
        job.answer(2, new Uint8Array(0));
      });
    },
  },

  // Opens the chooser; for each chosen file (at most `maxCount`) calls file(user, name, handle) with
  // malloc'ed strings the C++ side takes over, then finished(user, outcome): 0 picked, 1 cancelled,
  // 2 unavailable. Answers as soon as the files are chosen: preparing them is the app's next step,
  // with its progress on screen.
  hotline_photos_pick__deps: ['$hotlinePhotos', '$hotlineHost', 'malloc', '$getWasmTableEntry'],
  hotline_photos_pick: function (maxCount, fileCallback, finishedCallback, user) {
    var self = hotlinePhotos;
    var finished = function (outcome) { {{{ makeDynCall('vii', 'finishedCallback') }}}(user, outcome); };
    var string = function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    };
    var chosen = function (files) {
      if (files.length === 0) {
        finished(1);
        return;
      }
      files.forEach(function (file) {
        var handle = 'file:' + self.nextHandle++;
        self.files[handle] = file;
        {{{ makeDynCall('viii', 'fileCallback') }}}(user, string(file.name || 'photo.jpg'), string(handle));
      });
      finished(0);
    };
    if (typeof File === 'undefined' || typeof Blob.prototype.arrayBuffer === 'undefined') {
      finished(2);
      return;
    }
    // Inside a host app its own picker (web/host): the webview's file input may be missing or poor.
    var host = hotlineHost.current();
    var fromHost = host && host.chooseImages(maxCount);
    if (fromHost) {
      fromHost.then(chosen, function (e) {
        console.log('[hotline] host photo picker: ' + e);  // mostly the citizen cancelling
        finished(1);
      });
      return;
    }
    // A fresh element per pick: its change event then fires even for the same file twice.
    if (self.input) self.input.remove();
    var input = self.input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = true;
    input.id = 'hotline-photo-input';
    input.style.display = 'none';
    document.body.appendChild(input);
    input.addEventListener('cancel', function () { finished(1); });
    input.addEventListener('change', function () { chosen(Array.prototype.slice.call(input.files, 0, maxCount)); });
    input.click();
  },

  // Prepares the picked file `handle` (or, when the handle is empty, the `size` bytes at `bytes`, such
  // as a downloaded reply photo) for `use` (a photo::PhotoUse), then calls done(user, token, kind, data,
  // size) with a malloc'ed buffer the C++ side takes over: kind 0 the pipeline's result
  // (prepared_wire), 2 nothing (unreadable, or the pipeline could not be loaded).
  hotline_photos_prepare__deps: ['$hotlinePhotos', 'malloc', '$getWasmTableEntry'],
  hotline_photos_prepare: function (handlePtr, bytes, size, maxEdge, use, token, doneCallback, user) {
    var self = hotlinePhotos;
    var handle = UTF8ToString(handlePtr);
    var file = handle ? self.files[handle] : new Blob([HEAPU8.slice(bytes, bytes + size)]);
    delete self.files[handle];
    var answer = function (kind, bytes) {
      var data = _malloc(Math.max(1, bytes.length));
      HEAPU8.set(bytes, data);
      {{{ makeDynCall('viiiii', 'doneCallback') }}}(user, token, kind, data, bytes.length);
    };
    if (!file) {
      answer(2, new Uint8Array(0));
      return;
    }
    var job = { file: file, use: use, answer: answer };
    var worker = self.startWorker();
    if (!worker) {
      self.onMainThread(job);
      return;
    }
    self.waiting[token] = job;
    worker.postMessage({ token: token, file: file, maxEdge: maxEdge, use: use });
  },
});
