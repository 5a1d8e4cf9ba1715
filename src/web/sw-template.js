/* The web checker's service worker (emitted as dist/sw.js by scripts/service-worker-plugin.js).
   Plain JavaScript that runs as it is: the build only fills in the two lists below. */
'use strict';

var PRECACHE = self.__PRECACHE__;
var VERSION = self.__VERSION__;
var PREFIX = 'phuluc-web-';
var CACHE = PREFIX + VERSION;
/** The page itself: navigations to the folder ("/path/") or to index.html get it. */
var PAGE = 'index.html';

var scope = new URL(self.registration ? self.registration.scope : self.location.href);
var known = {};
PRECACHE.forEach(function (f) {
  known[new URL(f, scope).href] = f;
});

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        // `reload`: fetch past the HTTP cache, so the cache holds this build's files.
        return cache.addAll(
          PRECACHE.map(function (f) {
            return new Request(new URL(f, scope).href, { cache: 'reload' });
          }),
        );
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (k) {
              return k.indexOf(PREFIX) === 0 && k !== CACHE;
            })
            .map(function (k) {
              return caches.delete(k);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') return;
  var url = new URL(req.url);
  url.hash = '';
  url.search = '';
  var href = url.href;
  var isPage = req.mode === 'navigate' && (href === scope.href || known[href] === PAGE);
  if (!isPage && !known[href]) return; // not ours (the pane, office.js, the manifest): the network as usual
  if (isPage) {
    // The page: the network first (a new build shows at once), the cached copy when offline.
    event.respondWith(
      fetch(req).catch(function () {
        return caches.open(CACHE).then(function (cache) {
          return cache.match(new URL(PAGE, scope).href);
        });
      }),
    );
    return;
  }
  // Scripts (named by their content hash), icons, samples: the cache first.
  event.respondWith(
    caches.open(CACHE).then(function (cache) {
      return cache.match(href).then(function (hit) {
        return hit || fetch(req);
      });
    }),
  );
});
