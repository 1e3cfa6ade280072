// RM Planner's service worker: the app starts with no network (docs/deploy.md,
// "Offline and updates").
//
// - Every file of a build is precached in one cache named for the build's
//   content hash; requests for them are answered from that cache first, so
//   after one online visit the page opens, unlocks and saves offline.
// - A new build is noticed by the browser (this file changes whenever any file
//   of the build does: it carries the list below). The new worker downloads
//   every file, checks each one's size and SHA-256 against the list, and only
//   then fills its cache: a 404, a cut-off download or a corrupt file fails the
//   install, and the working version stays in charge.
// - The new worker waits until the page asks it to take over (the page does
//   that when the user accepts the update and everything is saved: js/update.js)
//   or until every tab of the old version is closed. Old caches are deleted
//   only when it takes over ('activate').
// The build step (scripts/build/precache.js) replaces the next line with the
// list of files, their sizes and hashes, and the build's name.
'use strict';

const BUILD = null;  // written by scripts/build/precache.js

const PREFIX = 'rmplanner-';
const CACHE = PREFIX + BUILD.build;
const BASE = new URL('./', self.location.href).href;
const FILES = new Map(BUILD.files.map((f) => [new URL(f.path, BASE).href, f]));
const INDEX = new URL('index.html', BASE).href;

async function sha256Hex(buf) {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', buf));
  let s = '';
  for (const b of d) s += b.toString(16).padStart(2, '0');
  return s;
}

// One file of the new build, from the network (not the HTTP cache), checked
// against the list before anything is stored.
async function download(url, f) {
  let res;
  try {
    res = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
  } catch (err) {
    throw new Error(`${f.path}: ${err.message || err}`);
  }
  if (!res.ok) throw new Error(`${f.path}: HTTP ${res.status}`);
  const body = await res.arrayBuffer();
  if (body.byteLength !== f.size) throw new Error(`${f.path}: ${body.byteLength} bytes, expected ${f.size}`);
  if (await sha256Hex(body) !== f.sha256) throw new Error(`${f.path}: content differs from the build's list`);
  // Kept with the server's headers (Content-Type, the Content-Security-Policy).
  return new Response(body, { status: 200, statusText: 'OK', headers: res.headers });
}

async function tellPages(message) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const p of pages) p.postMessage(message);
}

async function precache() {
  const urls = [...FILES.keys()];
  const bodies = await Promise.all(urls.map((u) => download(u, FILES.get(u))));
  // Only a complete, verified build reaches the cache. Its name is unique to
  // this worker's file, so no working version is using it.
  await caches.delete(CACHE);
  try {
    const cache = await caches.open(CACHE);
    await Promise.all(urls.map((u, i) => cache.put(u, bodies[i])));
  } catch (err) {
    await caches.delete(CACHE);
    throw err;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().catch(async (err) => {
    await tellPages({ type: 'rm-update-failed', build: BUILD.build, reason: String(err && err.message || err) });
    throw err;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const msg = event.data || {};
  if (msg.type === 'skip-waiting') self.skipWaiting();
  else if (msg.type === 'build' && event.source) event.source.postMessage({ type: 'rm-build', build: BUILD.build });
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  let key = url.origin + url.pathname;
  // The page itself, whatever its query (`?demo=50000`).
  if (req.mode === 'navigate' && key === BASE) key = INDEX;
  if (!FILES.has(key)) return;  // not part of the app: the network, as usual
  event.respondWith((async () => {
    const hit = await caches.match(key, { cacheName: CACHE });
    return hit || fetch(req);
  })());
});
