// Makes a web build folder installable and usable offline as ONE versioned set: writes the manifest
// and its icons, then sw.js = the service worker with every file's SHA-256 and a version derived from
// them, so a worker only ever serves (and only ever caches) files of its own build. Beside each text
// or WebAssembly file it writes FILE.br (brotli, best quality), which the reference backend serves to
// browsers that accept br.
// usage: node web/offline/stamp_build.mjs <web build folder>
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { iconPng } from './icons.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The page, the app (its first frames' code and the deferred rest, web/split), its preloaded catalogs,
// the photo worker's files (loaded on the first photo, so they must be cached before the citizen goes
// offline), and what "add to home screen" reads.
export const OFFLINE_FILES = ['index.html', 'index.js', 'index.wasm', 'index.deferred.wasm', 'index.data',
                              'photo_worker.js', 'photo_worker_core.js', 'photo_worker_core.wasm',
                              'manifest.webmanifest', 'icon-192.png', 'icon-512.png'];

// Writes only when the content differs, so an unchanged build keeps its timestamps (and ETags).
function writeIfChanged(file, bytes) {
  if (fs.existsSync(file) && Buffer.compare(fs.readFileSync(file), Buffer.from(bytes)) === 0) return;
  fs.writeFileSync(file, bytes);
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

// The set's files with their hashes and its version; throws naming a missing file.
export function describeBuild(dir) {
  const files = {};
  for (const name of OFFLINE_FILES) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build hotline-web and hotline-photo-worker first`);
    files[name] = sha256(fs.readFileSync(file));
  }
  const version = sha256(OFFLINE_FILES.map((name) => `${name} ${files[name]}\n`).join('')).slice(0, 16);
  return { version, files };
}

// FILE.br, compressed again only when FILE is newer (best quality takes seconds on index.wasm).
export function writeBrotli(file) {
  const br = `${file}.br`;
  if (fs.existsSync(br) && fs.statSync(br).mtimeMs >= fs.statSync(file).mtimeMs) return;
  const bytes = fs.readFileSync(file);
  fs.writeFileSync(br, zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
}

export function stampBuild(dir) {
  writeIfChanged(path.join(dir, 'manifest.webmanifest'), fs.readFileSync(path.join(HERE, 'manifest.webmanifest')));
  for (const size of [192, 512]) writeIfChanged(path.join(dir, `icon-${size}.png`), iconPng(size));
  for (const name of OFFLINE_FILES.filter((n) => !n.endsWith('.png'))) writeBrotli(path.join(dir, name));
  const build = describeBuild(dir);
  const worker = fs.readFileSync(path.join(HERE, 'service_worker.js'), 'utf8');
  writeIfChanged(path.join(dir, 'sw.js'), `const BUILD = ${JSON.stringify(build, null, 1)};\n${worker}`);
  return build;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length !== 3) {
    console.error('usage: node stamp_build.mjs <web build folder>');
    process.exit(2);
  }
  try {
    console.log(`offline set ${stampBuild(process.argv[2]).version}`);
  } catch (err) {
    console.error(`stamp_build: ${err.message}`);
    process.exit(1);
  }
}
