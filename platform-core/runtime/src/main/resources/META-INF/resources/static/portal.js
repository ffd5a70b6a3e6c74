// Address selects of the resident portal (compound → building → unit → house): when one changes, the next is
// refilled from the public places API and the ones after it are emptied. Without script the form's
// "update the next list" button does the same on the server.
(function () {
  var box = document.getElementById('address');
  if (!box) { return; }
  var api = box.getAttribute('data-places');
  var next = document.getElementById('load-next');
  if (next) { next.hidden = true; }
  function clear(select) {
    while (select.options.length > 1) { select.remove(1); }
  }
  function clearFrom(id) {
    for (var s = document.getElementById(id); s; s = document.getElementById(s.getAttribute('data-next'))) {
      clear(s);
      if (!s.getAttribute('data-next')) { break; }
    }
  }
  box.addEventListener('change', function (e) {
    var select = e.target;
    var nextId = select.getAttribute('data-next');
    if (!nextId) { return; }
    clearFrom(nextId);
    if (!select.value) { return; }
    fetch(api + '?parent=' + encodeURIComponent(select.value), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (places) {
        var target = document.getElementById(nextId);
        places.forEach(function (p) { target.add(new Option(p.name, p.id)); });
      });
  });
})();
