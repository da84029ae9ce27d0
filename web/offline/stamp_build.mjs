// Makes a web build folder installable and usable offline as ONE versioned set: writes the manifest
// and its icons, then sw.js = the service worker with every file's SHA-256 and a version derived from
// them, so a worker only ever serves (and only ever caches) files of its own build.
// usage: node web/offline/stamp_build.mjs <web build folder>
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { iconPng } from './icons.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The page, the app, its preloaded catalogs, the photo worker's files (loaded on the first photo,
// so they must be cached before the citizen goes offline), and what "add to home screen" reads.
export const OFFLINE_FILES = ['index.html', 'index.js', 'index.wasm', 'index.data', 'photo_worker.js',
                              'photo_worker_core.js', 'photo_worker_core.wasm', 'manifest.webmanifest',
                              'icon-192.png', 'icon-512.png'];

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

export function stampBuild(dir) {
  writeIfChanged(path.join(dir, 'manifest.webmanifest'), fs.readFileSync(path.join(HERE, 'manifest.webmanifest')));
  for (const size of [192, 512]) writeIfChanged(path.join(dir, `icon-${size}.png`), iconPng(size));
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
