// The real reference backend for browser tests: hotline-server on a free port with the seed catalog,
// optionally serving a web build on the same origin (as in production), stopped with SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';

import { launch } from './browser.mjs';

// Resolves to { child, port, url, stop(), log() }. `web`: a web build folder to serve at /; `config`: a
// configuration object (docs/server.md) written to a file for --config; log(): its stderr so far (also
// passed through).
export function startHotlineServer({ binary = process.env.HOTLINE_SERVER_BINARY, db, web, config } = {}) {
  if (!binary || !fs.existsSync(binary)) {
    throw new Error(`no native hotline-server at ${binary}: the e2e.native_server_build fixture builds it`);
  }
  const database = db || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-e2e-')), 'hotline.db');
  const args = ['serve', '--port', '0', '--db', database, '--seed', '--access-log', 'off'];
  if (web) args.push('--web', web);
  if (config) {
    const file = path.join(path.dirname(database), 'config.json');
    fs.writeFileSync(file, JSON.stringify(config));
    args.push('--config', file);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      process.stderr.write(chunk);
    });
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/listening on http:\/\/[^:]+:(\d+)/);
      if (m) {
        const port = Number(m[1]);
        const stop = () => new Promise((done) => {
          child.removeAllListeners('exit');
          child.on('exit', () => done());
          child.kill('SIGTERM');
        });
        resolve({ child, port, url: `http://127.0.0.1:${port}/`, stop, log: () => err });
      }
    });
    child.on('exit', (code) => reject(new Error(`hotline-server exited with ${code}: ${out}`)));
  });
}

// A test file's reference backend serving the web build, and its browser: started before the file's
// tests and stopped after them. The returned object holds `server` and `browser` once started.
// `config`: the server's configuration (startHotlineServer).
export function serveAndLaunch({ config } = {}) {
  const session = {};
  before(async () => {
    session.server = await startHotlineServer({ web: process.env.HOTLINE_WEB_DIR, config });
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

// Like serveAndLaunch, with the file's own database so tests can use the operator CLI on it
// (session.admin('show', number)). `web(dir)` may return another build folder to serve (a copy in the
// session's temporary dir); `browserArgs` are extra Chromium flags.
export function serveWithDatabase({ web = () => process.env.HOTLINE_WEB_DIR, browserArgs = [] } = {}) {
  const binary = process.env.HOTLINE_SERVER_BINARY;
  const session = {
    admin: (...args) => execFileSync(binary, ['admin', '--db', session.db, ...args], { encoding: 'utf8' }),
  };
  before(async () => {
    session.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-e2e-'));
    session.db = path.join(session.dir, 'hotline.db');
    session.web = web(session.dir);
    session.server = await startHotlineServer({ binary, db: session.db, web: session.web });
    session.browser = await launch(browserArgs);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.stop();
    if (session.dir) fs.rmSync(session.dir, { recursive: true, force: true });
  });
  return session;
}
