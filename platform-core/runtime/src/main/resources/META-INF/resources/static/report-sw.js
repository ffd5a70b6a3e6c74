// Service worker of the report page only (registered with the scope /t/{tenant}/report; the server allows
// that scope with a Service-Worker-Allowed header). It keeps the last good copy of the page and of the
// files it needs, so the page opens without a network and can queue reports. Online, the network always
// wins (fresh page, fresh sign-in); API calls and anything else pass through untouched.
'use strict';
var CACHE = 'gridx-report-v1';
var ASSETS = ['/static/gridx.css', '/static/report.js'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (c) { return c.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('gridx-report-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var req = event.request;
  if (req.method !== 'GET') { return; }
  var url = new URL(req.url);
  var page = req.mode === 'navigate' && url.pathname.replace(/\/$/, '') === self.registration.scope.replace(/^https?:\/\/[^/]+/, '').replace(/\/$/, '');
  var asset = url.origin === self.location.origin && ASSETS.indexOf(url.pathname) >= 0;
  if (!page && !asset) { return; }
  event.respondWith(fetch(req).then(function (res) {
    // keep only real pages: not a redirect to sign-in, not an error page
    if (res.ok && res.type === 'basic' && !res.redirected) {
      var copy = res.clone();
      caches.open(CACHE).then(function (c) { return c.put(page ? url.pathname : req, copy); });
    }
    return res;
  }).catch(function () {
    return caches.match(page ? url.pathname : req, { ignoreSearch: true }).then(function (hit) {
      return hit || Response.error();
    });
  }));
});
