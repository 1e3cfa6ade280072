#!/usr/bin/env node
// The last step of the web build: lists every file of the build with its
// size and SHA-256, names the build by the hash of that list, and writes
//   OUT/asset-manifest.json   {build, files: [{path, size, sha256}]}
//   OUT/sw.js                 the service worker (web/sw.js) with the list in it
// The worker precaches exactly these files and checks each one's hash before
// a new version may replace a working one (docs/deploy.md, "Offline and
// updates"). Because the list is taken from the folder itself, a file added to
// the build is never forgotten; because sw.js carries the list, any changed
// file changes sw.js, which is how the browser notices a new version.
//
// Usage: node scripts/build/precache.js WEB_DIR SW_TEMPLATE   (web/sw.js, or a built sw.js)
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const [webDir, template] = process.argv.slice(2);
if (!webDir || !template) {
  console.error('usage: precache.js WEB_DIR SW_TEMPLATE');
  process.exit(2);
}
// Not precached: the worker itself (the browser fetches and compares it), the
// list, and anything hidden.
const SKIP = new Set(['sw.js', 'asset-manifest.json']);

function walk(dir, rel, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? rel + '/' + e.name : e.name;
    if (e.isDirectory()) walk(path.join(dir, e.name), r, out);
    else if (e.isFile() && !SKIP.has(r)) out.push(r);
  }
  return out;
}

const files = walk(webDir, '', []).sort().map((p) => {
  const bytes = fs.readFileSync(path.join(webDir, p));
  return { path: p, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
});
for (const need of ['index.html', 'app.js', 'app.wasm']) {
  if (!files.some((f) => f.path === need)) console.warn(`precache: ${need} is not built yet; the list lacks it`);
}
const MARK = 'const BUILD = null;  // written by scripts/build/precache.js';
// The template may also be a built sw.js (re-listing a build folder after a
// file changed, as tests/e2e/offline.test.js does): its list is put back to
// the marker first.
const src = fs.readFileSync(template, 'utf8').replace(/^const BUILD = \{.*\};$/m, MARK);
// The worker's own code is part of the build's name: a changed worker gets a
// cache of its own and never empties the one the running version serves from.
const build = crypto.createHash('sha256')
  .update(files.map((f) => `${f.sha256}  ${f.path}\n`).join('') + src).digest('hex').slice(0, 16);
const manifest = { build, files };

if (!src.includes(MARK)) {
  console.error(`precache: ${template} lacks the line "${MARK}"`);
  process.exit(1);
}
const sw = src.replace(MARK, 'const BUILD = ' + JSON.stringify(manifest) + ';');
// Written only when changed, so an unchanged build keeps its file times.
const write = (p, text) => {
  const file = path.join(webDir, p);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
};
write('asset-manifest.json', JSON.stringify(manifest, null, 1) + '\n');
write('sw.js', sw);
const total = files.reduce((s, f) => s + f.size, 0);
console.log(`precache: build ${build}, ${files.length} files, ${(total / 1048576).toFixed(2)} MiB`);
