// The production web build carries no QA hook: web/index.wasm exports no hotline_qa_* function, under
// its own name or under the short name Emscripten's minified glue (index.js) binds it to, while
// web-qa/ binds every hook the browser tests call to an export its index.wasm has (so the check is
// known to see them where they are).
// usage: node tests/e2e/qa_exports_test.mjs PRODUCT_DIR QA_DIR   (each with index.js and index.wasm)
import { readFileSync } from 'node:fs';

const HOOKS = ['hotline_qa_items', 'hotline_qa_photos', 'hotline_qa_set_language', 'hotline_qa_set_text_size',
               'hotline_qa_set_high_contrast', 'hotline_qa_set_text'];

// QA hook name -> the wasm export that implements it.
function qaHooks(dir) {
  const wasm = new WebAssembly.Module(readFileSync(`${dir}/index.wasm`));
  const exported = new Set(WebAssembly.Module.exports(wasm).map((e) => e.name));
  const glue = readFileSync(`${dir}/index.js`, 'utf8');
  const hooks = new Map();
  for (const name of exported) {
    if (name.startsWith('hotline_qa_')) hooks.set(name, name);
  }
  for (const [, name, short] of glue.matchAll(/Module\["_(hotline_qa_\w+)"\]=Module\["asm"\]\["(\w+)"\]/g)) {
    if (exported.has(short)) hooks.set(name, short);
  }
  return { hooks, mentioned: glue.includes('hotline_qa_') };
}

const [productDir, qaDir] = process.argv.slice(2);
const qa = qaHooks(qaDir);
const missing = HOOKS.filter((hook) => !qa.hooks.has(hook));
if (missing.length > 0) {
  console.error(`FAIL: the QA build ${qaDir} does not export ${missing.join(', ')}`);
  process.exit(1);
}
const product = qaHooks(productDir);
if (product.hooks.size > 0 || product.mentioned) {
  console.error(`FAIL: the production build ${productDir} carries QA hooks: ${[...product.hooks.keys()].join(', ')}`);
  process.exit(1);
}
console.log(`${productDir}: no hotline_qa_* hook (the QA build exports all ${HOOKS.length})`);
