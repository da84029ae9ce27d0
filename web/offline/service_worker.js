// The offline service worker (stamp_build.mjs prepends `const BUILD = {version, files: {name: sha256}}`).
// It caches its build's files as one set, each checked against its hash (a server midway through an
// update can never hand it a new index.js with an old index.wasm), and serves only that set. A newer
// worker installs in the background and waits: it takes over when every page of the old one is
// closed, i.e. on the app's next start, never under a running page.
/* global BUILD */
const CACHE_PREFIX = 'hotline-offline-';
const CACHE = CACHE_PREFIX + BUILD.version;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

// One file of the set, its hash checked; first from the HTTP cache (the first visit just downloaded
// it), then revalidated with the server if that copy is of another build.
async function fetchChecked(name) {
  for (const mode of ['default', 'no-cache']) {
    const response = await fetch(new Request(name, { cache: mode }));
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', body)) === BUILD.files[name]) {
      const type = response.headers.get('content-type') || 'application/octet-stream';
      return new Response(body, { headers: { 'content-type': type } });
    }
  }
  throw new Error(`${name} on the server is not the one of build ${BUILD.version} (an update is under way?)`);
}

// The deployment's configuration (the Open311 root and api_key, docs/server.md "/config.json") is the
// backend's, not the build's: no hash, the network first so a new key counts at once, and the last
// copy offline, so a page opened in the subway still files into its outbox with the right key.
const CONFIG = 'config.json';

async function configFromNetwork(cache) {
  const response = await fetch(new Request(CONFIG, { cache: 'no-store' }));
  if (response.ok) await cache.put(CONFIG, response.clone());
  return response;
}

async function precache() {
  const names = Object.keys(BUILD.files);
  try {
    const responses = await Promise.all(names.map(fetchChecked));
    const cache = await caches.open(CACHE);
    await Promise.all(names.map((name, i) => cache.put(name, responses[i])));
    await configFromNetwork(cache);
  } catch (err) {
    // Installation fails as a whole; the browser tries again at its next update check.
    await caches.delete(CACHE);
    throw err;
  }
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page, loaded from the network, is of this build: serve its later requests
    // (the photo worker, loaded on the first photo) from the set too.
    await self.clients.claim();
  })());
});

// The name of a request within the set ('index.html' for the app's own address), or null.
function nameInSet(request) {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const name = url.pathname.slice(scope.pathname.length) || 'index.html';
  return Object.prototype.hasOwnProperty.call(BUILD.files, name) ? name : null;
}

function isConfig(request) {
  const scope = new URL(self.registration.scope);
  return request.method === 'GET' && new URL(request.url).href === new URL(CONFIG, scope).href;
}

self.addEventListener('fetch', (event) => {
  if (isConfig(event.request)) {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      try {
        return await configFromNetwork(cache);
      } catch (err) {
        return (await cache.match(CONFIG)) || Response.error();
      }
    })());
    return;
  }
  const name = nameInSet(event.request);
  if (!name) return;  // the API and everything else: the network, as without a worker
  event.respondWith((async () => {
    const cached = await (await caches.open(CACHE)).match(name);
    return cached || fetch(event.request);
  })());
});

// The page asks which build serves it (shown to tests and support staff as data-offline-version).
self.addEventListener('message', (event) => {
  if (event.data === 'version' && event.source) event.source.postMessage({ version: BUILD.version });
});
