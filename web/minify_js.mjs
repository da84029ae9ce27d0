// Shortens the local names in an Emscripten-generated .js in place (Debian's terser, mangle only):
// Emscripten 3.1.6 strips whitespace but renames nothing without Google's Closure Compiler, which Debian
// does not package. Top-level names (Module, FS, the exported _functions the page and the tests call)
// and every property stay as they are, and nothing is rewritten or dropped, so the program is unchanged.
// usage: node web/minify_js.mjs <file.js>...
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let terser;
try {
  terser = require('terser');
} catch (error) {
  // Emscripten's own tools need NODE_PATH=/usr/share/nodejs as well (README.md).
  console.error(`minify_js: ${error.message}\ninstall Debian's node-terser (scripts/setup) and set NODE_PATH=/usr/share/nodejs`);
  process.exit(1);
}

for (const file of process.argv.slice(2)) {
  const result = await terser.minify(fs.readFileSync(file, 'utf8'), {
    compress: false,
    mangle: true,
    toplevel: false,
  });
  fs.writeFileSync(file, result.code);
}
