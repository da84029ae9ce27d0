// Links index.deferred.wasm, the code the first frames do not run (web/split/split_module.mjs), into the app.
// Linked with --pre-js, so it shares index.js's scope (wasmBinaryFile, Module, addRunDependency). The
// deferred code is requested once index.wasm is running (every file of the first frame is in by then,
// so it competes with none of them), compiled off the page's thread and linked as soon as it is
// there; the first frame does not wait for it. After the first frame the app's loop holds the answers
// and taps that would run it until it is linked (web/main.cpp). If a call from the page needs it
// sooner (the browser's back button in the first seconds on a slow network), emscripten's placeholder
// calls loadSplitModule below, which fetches and compiles it on the spot: the page waits, it does not fail.
var hotlineDeferred = { module: null, linked: false, loading: false, retries: 0, waiting: [] };

function hotlineDeferredUrl() {
  return wasmBinaryFile.slice(0, -5) + '.deferred.wasm';  // emscripten's own name for it
}

// One line at the bottom of the page while the citizen may be waiting for the rest (shell.html
// #code-note); no words hides it.
function hotlineCodeNote(zh, en) {
  var note = document.getElementById('code-note');
  if (!note) return;
  note.textContent = /^zh/.test(navigator.language || '') ? zh : en;
  note.hidden = !zh;
}

function hotlineLinkDeferred(module) {
  if (hotlineDeferred.linked) return;
  // Its element segment writes its functions over the placeholders in the shared table.
  new WebAssembly.Instance(module, { 'primary': Module['asm'] });
  hotlineDeferred.module = module;
  hotlineDeferred.linked = true;
  document.body.dataset.deferredCode = 'linked';
  document.body.dataset.deferredLinkedMs = performance.now().toFixed(1);  // beside readyMs, the first frame's
  hotlineCodeNote('', '');
  // Outside any call into the app: the loop may be waiting for this (web/main.cpp), and so may the page.
  setTimeout(function () {
    if (Module['_hotline_code_linked']) Module['_hotline_code_linked']();
    hotlineDeferred.waiting.splice(0).forEach(function (then) { then(); });
  }, 0);
}

Module['hotlineCodeComplete'] = function () { return hotlineDeferred.linked; };

// The bytes without waiting: a synchronous request from a page can only return text, so the bytes
// come through a one-byte charset.
function hotlineFetchSync(url) {
  var request = new XMLHttpRequest();
  request.open('GET', url, false);
  request.overrideMimeType('text/plain; charset=x-user-defined');
  request.send(null);
  if (request.status !== 200) throw new Error('index.deferred.wasm: HTTP ' + request.status);
  var text = request.responseText;
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

Module['loadSplitModule'] = function (file, imports, placeholder) {
  // Worth knowing in the field and in the tests: each such call is a wait on the page's only thread.
  console.log('[hotline] deferred code needed before it arrived (placeholder ' + placeholder + ')');
  document.body.dataset.deferredEarly = (document.body.dataset.hotline === 'ready' ? 'after' : 'before') + ' first frame';
  hotlineLinkDeferred(hotlineDeferred.module || new WebAssembly.Module(hotlineFetchSync(file)));
  return [null, hotlineDeferred.module];
};

// Fetches, compiles and links the deferred code off the page's thread, once. A lost network is tried
// again, sooner once the browser says it is back.
function hotlineFetchDeferred() {
  if (hotlineDeferred.linked || hotlineDeferred.loading) return;
  hotlineDeferred.loading = true;
  fetch(hotlineDeferredUrl(), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw Object.assign(new Error('HTTP ' + response.status), { httpStatus: response.status });
      return response.arrayBuffer();
    })
    .then(function (bytes) { return WebAssembly.compile(bytes); })
    .then(hotlineLinkDeferred)
    .catch(function (err) {
      if (err instanceof WebAssembly.CompileError || err instanceof WebAssembly.LinkError) {
        // Not this build's file (a cache or a server midway through an update): a reload fetches both anew.
        Module['hotlineFatal']('index.deferred.wasm: ' + err);
        return;
      }
      console.log('[hotline] deferred code: ' + err + '; trying again');
      if (err.httpStatus) {
        hotlineCodeNote('加载未完成，正在重试…', 'Loading did not finish; trying again…');
      } else {
        hotlineCodeNote('网络不通，联网后继续加载', 'No connection: the app finishes loading once you are online');
      }
      hotlineDeferred.loading = false;
      var timer;
      var again = function () {
        window.removeEventListener('online', again);
        clearTimeout(timer);
        hotlineFetchDeferred();
      };
      timer = setTimeout(again, Math.min(30000, 1000 * Math.pow(2, hotlineDeferred.retries++)));
      window.addEventListener('online', again);
    });
}

// `then` runs once the code is linked (at once if it is): the page registers its offline worker only
// then, so the worker copies the file from the HTTP cache instead of downloading it a second time.
function hotlineWhenLinked(then) {
  if (hotlineDeferred.linked) return then();
  hotlineDeferred.waiting.push(then);
  hotlineFetchDeferred();
}

// The page calls this with the first frame on screen.
Module['hotlineLoadDeferred'] = function (then) {
  hotlineWhenLinked(then);
  // Taps wait for the rest: on a slow network, say so once the wait can be noticed.
  setTimeout(function () {
    if (!hotlineDeferred.linked && !hotlineDeferred.retries) hotlineCodeNote('正在加载，请稍候…', 'Loading, one moment…');
  }, 1500);
};

// Older Chromium versions (still in many phones' webviews) refuse to compile more than 4 KB at once on
// the page's thread, so the on-the-spot fetch above cannot work there: such a browser links the
// deferred code before main() runs instead, and its first frame waits for all of it, as before the split.
function hotlineSyncCompileAllowed() {
  var size = 8192;  // a valid module: the header and one custom section named "x" of zeros
  var body = size - 8 - 1 - 3;
  var bytes = new Uint8Array(size);
  bytes.set([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x00,
             0x80 | (body & 0x7f), 0x80 | ((body >> 7) & 0x7f), body >> 14, 0x01, 0x78]);
  try {
    new WebAssembly.Module(bytes);
    return true;
  } catch (err) {
    return false;
  }
}

// preRun: index.wasm is instantiated, so every file of the first frame has arrived.
// (Without WebAssembly at all the page has already said so, shell.html.)
if (typeof WebAssembly === 'object') {
  var hotlineWaitBeforeMain = !hotlineSyncCompileAllowed();
  Module['preRun'] = [].concat(Module['preRun'] || [], function () {
    if (!hotlineWaitBeforeMain) return hotlineFetchDeferred();
    addRunDependency('hotline-deferred');
    hotlineWhenLinked(function () { removeRunDependency('hotline-deferred'); });
  });
}
