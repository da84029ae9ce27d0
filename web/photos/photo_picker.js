// Photo picking and preparing for web/photos (an Emscripten --js-library): the page's
// <input type=file accept="image/*" multiple> (phones offer the camera in it), and a Web Worker
// (photo_worker.js) that downscales each chosen photo through the browser and runs the core's pipeline
// on it, so the page's main thread never decodes, resizes or encodes a photo. The chosen files stay
// in the browser as File objects: the app gets handles, and only the prepared result (a few hundred
// KB) enters its memory. Without a working worker the original bytes go to the core's portable
// pipeline on the main thread (the kiosk's path), slower but complete.
mergeInto(LibraryManager.library, {
  $hotlinePhotos: {
    input: null,
    files: {},  // handle -> File, until prepared
    nextHandle: 1,
    worker: null,
    workerFailed: false,
    waiting: {},  // token -> {file, answer}: sent to the worker, not answered yet

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
        jobs.forEach(function (job) { self.onMainThread(job.file, job.answer); });
      };
      return self.worker;
    },
    onMainThread: function (file, answer) {
      file.arrayBuffer().then(function (buffer) { answer(1, new Uint8Array(buffer)); },
                              function () { answer(2, new Uint8Array(0)); });
    },
  },

  // Opens the chooser; for each chosen file (at most `maxCount`) calls file(user, name, handle) with
  // malloc'ed strings the C++ side takes over, then finished(user, outcome): 0 picked, 1 cancelled,
  // 2 unavailable. Answers as soon as the files are chosen: preparing them is the app's next step,
  // with its progress on screen.
  hotline_photos_pick__deps: ['$hotlinePhotos', 'malloc', '$getWasmTableEntry'],
  hotline_photos_pick: function (maxCount, fileCallback, finishedCallback, user) {
    var self = hotlinePhotos;
    var finished = function (outcome) { {{{ makeDynCall('vii', 'finishedCallback') }}}(user, outcome); };
    var string = function (text) {
      var size = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    };
    if (typeof File === 'undefined' || typeof Blob.prototype.arrayBuffer === 'undefined') {
      finished(2);
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
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files, 0, maxCount);
      if (files.length === 0) {
        finished(1);
        return;
      }
      files.forEach(function (file) {
        var handle = 'file:' + self.nextHandle++;
        self.files[handle] = file;
        {{{ makeDynCall('viii', 'fileCallback') }}}(user, string(file.name), string(handle));
      });
      finished(0);
    });
    input.click();
  },

  // Prepares the picked file `handle`, then calls done(user, token, kind, data, size) with a malloc'ed
  // buffer the C++ side takes over: kind 0 the worker's result (prepared_wire), 1 the original bytes
  // for the portable pipeline, 2 nothing (unreadable, or the worker failed on it).
  hotline_photos_prepare__deps: ['$hotlinePhotos', 'malloc', '$getWasmTableEntry'],
  hotline_photos_prepare: function (handlePtr, maxEdge, token, doneCallback, user) {
    var self = hotlinePhotos;
    var handle = UTF8ToString(handlePtr);
    var file = self.files[handle];
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
    var worker = self.startWorker();
    if (!worker) {
      self.onMainThread(file, answer);
      return;
    }
    self.waiting[token] = { file: file, answer: answer };
    worker.postMessage({ token: token, file: file, maxEdge: maxEdge });
  },
});
