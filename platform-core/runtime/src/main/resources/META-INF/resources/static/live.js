// Live refresh of a loop page (dispatcher console, department inbox) from the tenant's event stream
// (Server-Sent Events, GET /api/t/{t}/live). When a case moves, the page's lists are fetched again and
// swapped in place — unless the person is in the middle of a form, then they are only told. Without the
// stream (not installed, refused, or gone) the page says so and keeps its refresh button: nothing polls.
(function () {
  var box = document.getElementById('live');
  var content = document.getElementById('live-content');
  var status = document.getElementById('live-status');
  var refresh = document.getElementById('refresh');
  if (!box || !content) { return; }
  var T = box.dataset;
  var pending = null;

  function busy() {
    var a = document.activeElement;
    return content.querySelector('details[open]') || (a && content.contains(a) && /INPUT|TEXTAREA|SELECT/.test(a.tagName));
  }
  function say(text) { if (status.textContent !== text) { status.textContent = text; } }

  function reload() {
    return fetch(location.pathname, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } }).then(function (r) {
      if (!r.ok || r.redirected) { location.reload(); return; }
      return r.text().then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('live-content');
        if (fresh) { content.innerHTML = fresh.innerHTML; say(T.updated); }
      });
    }).catch(function () { say(T.off); });
  }

  refresh.addEventListener('click', function (e) {
    e.preventDefault();
    reload();
  });

  if (!window.EventSource) { say(T.off); return; }
  var source = new EventSource(box.dataset.stream, { withCredentials: true });
  function changed() {
    if (busy()) { say(T.changed); return; }
    clearTimeout(pending);
    pending = setTimeout(reload, 1500); // one refresh for a burst of moves
  }
  source.onopen = function () { say(T.on); };
  source.onmessage = changed;
  ['report', 'register', 'reject', 'resolve-on-spot', 'merge', 'dispatch', 'accept', 'return', 'handle',
    'request-postponement', 'approve-postponement', 'deny-postponement', 'close', 'rework', 'evaluate', 'escalate',
    'overdue', 'remind', 'add-reporter'].forEach(function (a) { source.addEventListener('case.' + a, changed); });
  source.onerror = function () {
    // a closed stream (404, 401, not an event stream) is not retried by the browser; a dropped one is, by itself
    if (source.readyState === EventSource.CLOSED) { say(T.off); }
  };
})();
