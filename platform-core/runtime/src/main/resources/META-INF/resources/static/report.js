// The report page (采集上报) on a phone. Every report goes into a queue on the phone first (IndexedDB,
// photos included), then the queue is sent in order: photos to POST /api/t/{t}/media, the report to
// POST /api/t/{t}/cases with the Idempotency-Key made once for that report. A report that cannot be sent
// (no network, server busy) stays queued and is sent on the 'online' event, on the next page load or by
// "send now"; resending with its key never makes a second case. Requests carry the page's session cookie
// (the API reads the same token from it); JSON and photo bodies cannot be sent cross-site without a CORS
// preflight, which GridX never grants, and the cookie is SameSite=Lax.
(function () {
  'use strict';
  var queueEl = document.getElementById('queue');
  if (!queueEl || !window.indexedDB) { return; }
  var tenant = queueEl.dataset.tenant;
  var owner = tenant + '/' + queueEl.dataset.user;
  var api = '/api/t/' + tenant;
  var T = document.getElementById('report-texts').dataset;
  var form = document.getElementById('report-form');
  var statusEl = document.getElementById('queue-status');
  var listEl = document.getElementById('queue-list');
  var noticeEl = document.getElementById('report-notice');
  var errorsEl = document.getElementById('report-errors');
  var MAX_PHOTOS = 9;

  // ---- IndexedDB: one store of queued reports, keyed by their idempotency key ----
  var DB = 'gridx-reports', STORE = 'queue';
  function openDb() {
    return new Promise(function (resolve, reject) {
      var r = indexedDB.open(DB, 1);
      r.onupgradeneeded = function () { r.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex('owner', 'owner'); };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }
  function withStore(mode, fn) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode);
        var r = fn(t.objectStore(STORE));
        t.oncomplete = function () { db.close(); resolve(r && r.result); };
        t.onerror = t.onabort = function () { db.close(); reject(t.error); };
      });
    });
  }
  function put(item) { return withStore('readwrite', function (s) { return s.put(item); }); }
  function drop(key) { return withStore('readwrite', function (s) { return s.delete(key); }); }
  function mine() {
    return withStore('readonly', function (s) { return s.index('owner').getAll(owner); })
      .then(function (items) { return (items || []).sort(function (a, b) { return a.seq - b.seq; }); });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---- sending ----
  function Offline() {}
  /** fetch that tells "no network" apart, and renews an expired session once through a page address. */
  function call(url, init, renewed) {
    init.credentials = 'same-origin';
    return fetch(url, init).catch(function () { throw new Offline(); }).then(function (r) {
      if (r.status !== 401 || renewed) { return r; }
      return fetch('/t/' + tenant + '/report/session', { credentials: 'same-origin', redirect: 'manual', cache: 'no-store' })
        .catch(function () { throw new Offline(); })
        .then(function (s) { return s.status === 204 ? call(url, init, true) : r; });
    });
  }
  function problemText(r) {
    return r.json().then(function (p) {
      var parts = [p.detail || p.title || ('HTTP ' + r.status)];
      (p.errors || []).forEach(function (e) { parts.push(e.message); });
      return parts.join(' ');
    }, function () { return 'HTTP ' + r.status; });
  }
  /** What a failed response means for the queued report. */
  function outcome(r) {
    return problemText(r).then(function (detail) {
      if (r.status === 401) { return { status: 'signin', detail: detail }; }
      if (r.status === 409) { return { status: 'conflict', detail: detail }; }
      if (r.status === 429 || r.status >= 500) { return { status: 'server', detail: detail }; }
      return { status: 'rejected', detail: detail };
    });
  }
  function sendOne(item) {
    var i = 0;
    function nextPhoto() {
      while (i < item.photos.length && item.photos[i].id) { i++; }
      if (i >= item.photos.length) { return sendReport(); }
      var p = item.photos[i];
      return call(api + '/media', { method: 'POST', headers: { 'Content-Type': p.type || 'application/octet-stream', 'Accept': 'application/json' },
        body: new Blob([p.data], { type: p.type }) }).then(function (r) {
        if (!r.ok) { return outcome(r); }
        return r.json().then(function (j) {
          p.id = (Array.isArray(j) ? j[0] : j).id;
          return put(item).then(nextPhoto); // an uploaded photo is not uploaded again on a retry
        });
      });
    }
    function sendReport() {
      var body = Object.assign({}, item.body, { photos: item.photos.map(function (p) { return p.id; }) });
      return call(api + '/cases', { method: 'POST', body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': item.key } })
        .then(function (r) {
          if (!r.ok) { return outcome(r); }
          return r.json().then(function (view) { return { status: 'sent', number: view.summary.number, id: view.summary.id }; });
        });
    }
    return nextPhoto().catch(function (e) {
      if (e instanceof Offline) { return { status: 'waiting' }; }
      throw e;
    });
  }

  var running = null;
  /** Sends the queue in order; stops at the first report that must wait, so none overtakes an older one. */
  function flush() {
    if (!running) {
      var work = function () { return flushNow(); };
      running = (navigator.locks ? navigator.locks.request('gridx-report-queue', work) : work())
        .finally(function () { running = null; render(); });
    }
    return running;
  }
  function flushNow() {
    var results = {};
    return mine().then(function (items) {
      var chain = Promise.resolve(false);
      items.forEach(function (item) {
        chain = chain.then(function (stop) {
          if (stop || item.status === 'rejected' || item.status === 'conflict') { return stop; }
          if (!navigator.onLine) { results[item.key] = { status: 'waiting' }; return true; }
          item.status = 'sending';
          return put(item).then(render).then(function () { return sendOne(item); }).then(function (res) {
            results[item.key] = res;
            if (res.status === 'sent') {
              announceSent(res);
              return drop(item.key).then(function () { return false; });
            }
            item.status = res.status;
            item.detail = res.detail || '';
            return put(item).then(function () { return res.status !== 'rejected' && res.status !== 'conflict'; });
          });
        });
      });
      return chain.then(function () { return results; });
    });
  }

  // ---- showing the queue ----
  function statusText(item) {
    return ({ waiting: T.waiting, queued: T.waiting, sending: T.sending, rejected: T.rejected, conflict: T.conflict,
      signin: T.signin, server: T.server })[item.status] || T.waiting;
  }
  function render() {
    return mine().then(function (items) {
      listEl.textContent = '';
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.dataset.key = item.key;
        li.dataset.status = item.status;
        var strong = document.createElement('strong');
        strong.textContent = item.title;
        li.appendChild(strong);
        li.appendChild(document.createTextNode(' · ' + new Date(item.createdAt).toLocaleString() + ' · '));
        var st = document.createElement('span');
        st.className = 'queue-state';
        st.textContent = statusText(item);
        li.appendChild(st);
        if (item.detail) {
          var d = document.createElement('p');
          d.className = 'muted';
          d.textContent = item.detail;
          li.appendChild(d);
        }
        if (item.status !== 'sending') {
          var b = document.createElement('button');
          b.type = 'button';
          b.className = 'secondary discard';
          b.textContent = T.discard;
          b.setAttribute('aria-label', T.discard + ' ' + item.title);
          b.addEventListener('click', function () {
            var final = item.status === 'rejected' || item.status === 'conflict';
            if (final || window.confirm(T.confirmDiscard)) { drop(item.key).then(render); }
          });
          li.appendChild(b);
        }
        listEl.appendChild(li);
      });
      var text = items.length ? T.count + ' ' + items.length + (navigator.onLine ? '' : ' · ' + T.offline) : T.empty;
      if (statusEl.textContent !== text) { statusEl.textContent = text; }
    });
  }
  function notice(el, text, link) {
    el.textContent = text;
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      el.appendChild(document.createTextNode(' '));
      el.appendChild(a);
    }
    el.hidden = false;
  }
  function announceSent(res) {
    notice(noticeEl, T.sent + ' ' + res.number, { href: '/t/' + tenant + '/cases/' + res.id, text: T.openCase });
  }

  // ---- the form ----
  if (form) {
    var key = newKey();
    var photos = [];
    var search = document.getElementById('item-search');
    var radios = Array.prototype.slice.call(form.querySelectorAll('input[name=itemCode]'));
    var count = document.getElementById('item-count');
    var previews = document.getElementById('previews');
    var fileInput = document.getElementById('photos');
    var lon = document.getElementById('lon'), lat = document.getElementById('lat');
    var position = document.getElementById('position');
    var grid = document.getElementById('grid');

    search.addEventListener('input', function () {
      var words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      radios.forEach(function (r) {
        var hit = words.every(function (w) { return r.dataset.search.indexOf(w) >= 0; }) || r.checked;
        r.parentElement.hidden = !hit;
        if (hit) { shown++; }
      });
      form.querySelectorAll('.item-group').forEach(function (g) {
        g.hidden = !g.querySelector('label:not([hidden])');
      });
      count.textContent = words.length ? T.matches + ' ' + shown : '';
    });

    fileInput.addEventListener('change', function () {
      Array.prototype.forEach.call(fileInput.files, function (f) { if (photos.length < MAX_PHOTOS) { photos.push(f); } });
      fileInput.value = '';
      drawPreviews();
    });
    function drawPreviews() {
      previews.textContent = '';
      photos.forEach(function (f, n) {
        var li = document.createElement('li');
        var img = document.createElement('img');
        img.src = URL.createObjectURL(f);
        img.alt = f.name || '';
        img.onload = function () { URL.revokeObjectURL(img.src); };
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'secondary';
        b.textContent = '×';
        b.setAttribute('aria-label', T.removePhoto + ' ' + (n + 1));
        b.addEventListener('click', function () { photos.splice(n, 1); drawPreviews(); fileInput.focus(); });
        li.appendChild(img);
        li.appendChild(b);
        previews.appendChild(li);
      });
    }

    function locate() {
      if (!navigator.geolocation) { position.textContent = T.noPosition; return; }
      position.textContent = T.locating;
      navigator.geolocation.getCurrentPosition(function (p) {
        lon.value = p.coords.longitude.toFixed(6);
        lat.value = p.coords.latitude.toFixed(6);
        position.textContent = T.located + ' ' + lon.value + ', ' + lat.value + ' (±' + Math.round(p.coords.accuracy) + ' m)';
      }, function () {
        lon.value = lat.value = '';
        position.textContent = T.noPosition;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    }
    document.getElementById('locate').addEventListener('click', locate);
    locate();

    function check() {
      var problems = [];
      if (!form.querySelector('input[name=itemCode]:checked')) { problems.push([T.needItem, search]); }
      if (!lon.value && !grid.value) { problems.push([T.needPlace, grid]); }
      if (!document.getElementById('description').value.trim()) { problems.push([T.needDescription, document.getElementById('description')]); }
      if (photos.length > MAX_PHOTOS) { problems.push([T.tooMany, fileInput]); }
      return problems;
    }
    function showErrors(lines, focus) {
      errorsEl.textContent = '';
      var p = document.createElement('p');
      p.textContent = T.fix;
      var ul = document.createElement('ul');
      lines.forEach(function (l) { var li = document.createElement('li'); li.textContent = l; ul.appendChild(li); });
      errorsEl.appendChild(p);
      errorsEl.appendChild(ul);
      errorsEl.hidden = false;
      (focus || errorsEl).focus();
    }
    function body() {
      var item = form.querySelector('input[name=itemCode]:checked');
      var b = { kind: 'problem', itemCode: item.value, description: document.getElementById('description').value.trim() };
      var address = document.getElementById('address').value.trim();
      if (address) { b.address = address; }
      // a grid the reporter picked wins over the phone's position
      if (grid.value) { b.gridCode = grid.value; } else { b.lon = Number(lon.value); b.lat = Number(lat.value); }
      return { body: b, title: item.value + ' ' + item.dataset.name };
    }
    function reset() {
      form.reset();
      photos = [];
      drawPreviews();
      search.dispatchEvent(new Event('input'));
      key = newKey();
      locate();
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var problems = check();
      if (problems.length) { showErrors(problems.map(function (p) { return p[0]; }), problems[0][1]); return; }
      errorsEl.hidden = true;
      noticeEl.hidden = true;
      var submit = document.getElementById('report-submit');
      submit.disabled = true;
      var b = body();
      Promise.all(photos.map(function (f) {
        return f.arrayBuffer().then(function (data) { return { type: f.type, name: f.name, data: data, id: null }; });
      })).then(function (stored) {
        var item = { key: key, owner: owner, seq: Date.now(), createdAt: new Date().toISOString(), title: b.title,
          body: b.body, photos: stored, status: 'queued', detail: '' };
        return put(item).then(render).then(flush).then(function (results) {
          var res = (results || {})[item.key] || { status: 'waiting' };
          if (res.status === 'rejected') {
            // nothing was recorded: the reporter corrects the form and sends it again with the same key
            return drop(item.key).then(render).then(function () { showErrors([res.detail]); });
          }
          if (res.status !== 'sent') { notice(noticeEl, T.queued); }
          reset();
        });
      }).catch(function (err) { showErrors([String(err)]); })
        .finally(function () { submit.disabled = false; });
    });
  }

  document.getElementById('send-now').addEventListener('click', flush);
  window.addEventListener('online', flush);
  window.addEventListener('offline', render);
  render().then(flush);

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/static/report-sw.js', { scope: '/t/' + tenant + '/report' }).catch(function () {
      // without the worker the page still reports and queues; it just does not open offline
    });
  }
})();
