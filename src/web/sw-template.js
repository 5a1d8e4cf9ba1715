/* The web checker's service worker (emitted as dist/sw.js by scripts/service-worker-plugin.js).
   Plain JavaScript that runs as it is: the build only fills in the lists below.
   PRECACHE: the checker's page and everything it needs, cached before the worker takes over.
   LATER: the pages it links to (the 20,000-row demo), cached in the background once the worker
   runs, and again whenever one of them is fetched from the network: they work offline too,
   without weighing on the first load. */
'use strict';

var PRECACHE = self.__PRECACHE__;
var LATER = self.__LATER__;
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
/** The linked pages' files, by address: cached after the first load. */
var later = {};
LATER.forEach(function (f) {
  later[new URL(f, scope).href] = f;
});
/** Pages among them (navigations get the network first, then the cached copy). */
function isHtml(f) {
  return /\.html$/.test(f);
}

var warming = null;
/** Caches one LATER file unless it is cached already; resolves to whether it is cached now. */
function cacheOne(cache, f) {
  var href = new URL(f, scope).href;
  return cache.match(href).then(function (hit) {
    if (hit) return true;
    return fetch(new Request(href, { cache: 'reload' })).then(function (res) {
      if (!res.ok) return false;
      return cache.put(href, res).then(function () {
        return true;
      });
    });
  });
}
/**
 * Caches the LATER files that are not cached yet (once per worker; failures are retried next
 * time). The pages come last, once every script is cached: the checker takes a cached demo.html
 * as "the demo opens offline", so a page is never cached without what it loads.
 */
function warm() {
  if (warming) return warming;
  warming = caches
    .open(CACHE)
    .then(function (cache) {
      var scripts = LATER.filter(function (f) {
        return !isHtml(f);
      });
      return Promise.all(
        scripts.map(function (f) {
          return cacheOne(cache, f);
        }),
      ).then(function (cached) {
        if (cached.indexOf(false) !== -1) throw new Error('not every file of the linked pages was cached');
        return Promise.all(
          LATER.filter(isHtml).map(function (f) {
            return cacheOne(cache, f);
          }),
        );
      });
    })
    .catch(function () {
      warming = null;
    });
  return warming;
}

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
      })
      .then(function () {
        // Not awaited: activation (and the page's requests) never wait for the linked pages.
        warm();
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
  // Whatever is asked, the linked pages get cached meanwhile (without holding up this answer).
  event.waitUntil(warm());
  if (later[href]) {
    // A linked page's file: the network first for its html (a new build shows at once), the
    // cache first for its scripts (named by content hash); what the network gives is kept.
    event.respondWith(
      caches.open(CACHE).then(function (cache) {
        var fromNetwork = function () {
          return fetch(req).then(function (res) {
            if (res.ok) cache.put(href, res.clone());
            return res;
          });
        };
        if (isHtml(later[href])) {
          return fromNetwork().catch(function () {
            return cache.match(href).then(function (hit) {
              return hit || fetch(req);
            });
          });
        }
        return cache.match(href).then(function (hit) {
          return hit || fromNetwork();
        });
      }),
    );
    return;
  }
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
