/* global self, caches, fetch, location */
// The worker's code. The build puts `version`, `base`, `assets` and `pages` before it
// (src/build/offline.ts): this file is not served as it is.
/* eslint-disable no-undef */

const prefix = `aftercare:${base}:`;
const cacheName = `${prefix}${version}`;

/** The lists a page needs offline: its language's pages, its treatment's, and the site's assets. */
function listsFor(url) {
  const path = new URL(url).pathname;
  if (!path.startsWith(base)) return [];
  const [lang, treatment] = path.slice(base.length).split('/');
  const lists = [pages[lang], pages[`${lang}/${treatment}`]].filter(Boolean);
  return lists.length ? [...lists, assets] : [];
}

/** Keeps every path of `list` not kept yet. Paths only: never a query, a fragment or a reader's data. */
async function keep(list) {
  const cache = await caches.open(cacheName);
  const missing = [];
  for (const path of list) if (!(await cache.match(path))) missing.push(path);
  if (missing.length) await cache.addAll(missing);
}

const keepAll = (lists) => Promise.all(lists.map(keep)).catch(() => undefined);

self.addEventListener('install', (event) => {
  // The page that registered the worker is not seen by it: keep what that page needs now.
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((clients) => keepAll(clients.flatMap((client) => listsFor(client.url)))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(prefix) && name !== cacheName).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** A kept response for a path, whatever the URL's query (`?date=`, `?q=`, Pagefind's `?ts=`). */
async function kept(url) {
  const cache = await caches.open(cacheName);
  return cache.match(new URL(url).pathname);
}

/** Pages: the network first, so a reader online gets the latest; the kept copy when offline. */
async function page(event) {
  event.waitUntil(keepAll(listsFor(event.request.url)));
  try {
    return await fetch(event.request);
  } catch (error) {
    const copy = await kept(event.request.url);
    if (copy) return copy;
    throw error;
  }
}

const listed = new Set([assets, ...Object.values(pages)].flat());

/**
 * Files with a fixed content for this version (styles, scripts, search index): the kept copy
 * first; one fetched from the network is kept too, under its path, when a list names it.
 */
async function file(request) {
  const copy = await kept(request.url);
  if (copy) return copy;
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  if (response.ok && listed.has(path)) {
    const cache = await caches.open(cacheName);
    await cache.put(path, response.clone());
  }
  return response;
}

/** The language of a search index's own file (its metadata, index, filter or result chunks). */
const searchLanguage = (path) =>
  /\/pagefind\/(?:pagefind\.|index\/|filter\/|fragment\/)([a-z]+(?:-[a-z]+)?)_[0-9a-f]+\.pf_[a-z]+$/.exec(path)?.[1];

/**
 * A language's whole search index, kept for offline use once the reader has searched in it, and
 * once the search has been quiet for a few seconds: the download never competes with the reader's
 * first answers, which only need a few of its files.
 */
const waiting = {};
function keepSearch(lang) {
  let later = waiting[lang];
  if (!later) {
    let done;
    later = waiting[lang] = { promise: new Promise((resolve) => (done = resolve)) };
    later.run = () => {
      delete waiting[lang];
      // Each language's list of search files (sw-search.json, written by the build with this worker).
      void fetch(`${base}sw-search.json`)
        .then((response) => response.json())
        .then((search) => search[lang] && keepAll([search[lang]]))
        .catch(() => undefined)
        .then(done);
    };
  }
  clearTimeout(later.timer);
  later.timer = setTimeout(later.run, 3000);
  return later.promise;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(base)) return;
  if (url.pathname === `${base}sw.js`) return;
  if (request.mode === 'navigate') return event.respondWith(page(event));
  const lang = searchLanguage(url.pathname);
  if (lang) event.waitUntil(keepSearch(lang));
  event.respondWith(file(request));
});
