// The command-centre board: loads its figures and map once per node in view (GET /api/t/{t}/command/board
// and /map), then follows the tenant's live stream (SSE, /api/t/{t}/live): new, overdue and escalated cases
// enter the feed at the top and the map, closed ones leave the map, the key figures move with them.
// Nothing polls. Drilling down (street → community → grid) loads that node; the path goes back up.
(function () {
  var root = document.getElementById('board');
  if (!root || !window.L || !window.fetch) { return; }
  var T = root.dataset;
  var en = T.lang === 'en';
  var OPEN = ['reported', 'registered', 'dispatched', 'accepted', 'handled'];
  var FEED_MAX = 50;
  var state = { node: T.node, kpis: null, markers: {} };

  function $(id) { return document.getElementById(id); }
  function name(n) { return en && n.nameEn ? n.nameEn : n.nameZh; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function pct(v) { return v == null ? '–' : (Math.round(v * 1000) / 10) + '%'; }
  function getJson(path) {
    return fetch(T.api + path + '?node=' + encodeURIComponent(state.node), { credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(r.status); }
      return r.json();
    });
  }

  // --- key figures and charts -------------------------------------------------------------------------
  var charts = {};
  function chart(id) {
    if (!window.echarts) { return null; }
    if (!charts[id]) { charts[id] = echarts.init($(id), 'dark', { renderer: 'svg' }); }
    return charts[id];
  }
  window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });

  function showKpis() {
    var k = state.kpis;
    $('kpi-today').textContent = k.todayReported;
    $('kpi-open').textContent = k.open;
    $('kpi-overdue').textContent = k.overduePending;
    $('kpi-closed').textContent = k.closedThisMonth;
    $('kpi-disposal').textContent = pct(k.disposalRate);
    $('kpi-satisfaction').textContent = pct(k.satisfaction);
  }

  function showBoard(b) {
    state.kpis = b.kpis;
    showKpis();
    var bg = { backgroundColor: 'transparent', textStyle: { fontSize: 14 } };
    var trend = chart('chart-trend');
    if (trend) {
      trend.setOption(Object.assign({}, bg, {
        tooltip: { trigger: 'axis' }, legend: { data: [T.reported, T.closed] },
        grid: { left: 40, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: b.trend.days.map(function (d) { return d.slice(5); }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ name: T.reported, type: 'line', smooth: true, data: b.trend.reported },
          { name: T.closed, type: 'line', smooth: true, data: b.trend.closed }]
      }), true);
    }
    bars('chart-parts', b.parts.map(function (p) { return name(p.node); }), [
      { name: T.open, data: b.parts.map(function (p) { return p.open; }) },
      { name: T.overduePending, data: b.parts.map(function (p) { return p.overduePending; }) }]);
    bars('chart-departments', b.departments.map(function (d) { return en ? d.nameEn : d.nameZh; }),
      [{ name: T.open, data: b.departments.map(function (d) { return d.open; }) }]);
  }

  function bars(id, labels, series) {
    var c = chart(id);
    if (!c) { return; }
    c.setOption({ backgroundColor: 'transparent', tooltip: { trigger: 'axis' }, legend: { show: series.length > 1 },
      grid: { left: 8, right: 24, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: labels, inverse: true },
      series: series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; }) }, true);
  }

  // --- the map ------------------------------------------------------------------------------------------
  var map = L.map($('board-map'), { attributionControl: false, zoomSnap: 0.25 });
  map.setView([40.40, 110.03], 13);
  var areaLayer = L.layerGroup().addTo(map);
  var caseLayer = L.layerGroup().addTo(map);
  var cameraLayer = L.layerGroup().addTo(map);

  function showMap(m) {
    areaLayer.clearLayers();
    caseLayer.clearLayers();
    cameraLayer.clearLayers();
    state.markers = {};
    var bounds = L.latLngBounds([]);
    if (m.boundary) {
      var own = L.geoJSON(m.boundary, { style: { color: '#4fb3ff', weight: 3, fill: false }, interactive: false });
      areaLayer.addLayer(own);
      bounds.extend(own.getBounds());
    }
    m.children.forEach(function (ch) {
      if (!ch.boundary) { return; }
      var shade = ch.overduePending > 0 ? '#ff6b6b' : ch.open > 0 ? '#ffb74d' : '#3d6fa8';
      var area = L.geoJSON(ch.boundary, { style: { color: '#9fc4ee', weight: 1.5, fillColor: shade, fillOpacity: 0.18 } });
      area.bindTooltip(name(ch.node) + ' · ' + T.open + ' ' + ch.open + ' · ' + T.overduePending + ' ' + ch.overduePending,
        { sticky: true });
      area.on('click', function () { drill(ch.node.code); });
      areaLayer.addLayer(area);
      bounds.extend(area.getBounds());
    });
    m.cases.forEach(function (p) { addCase(p); bounds.extend(L.latLng(p.lat, p.lon)); });
    seedFeed(m.cases);
    m.cameras.forEach(addCamera);
    if (bounds.isValid()) { map.fitBounds(bounds.pad(0.05), { maxZoom: 17, animate: false }); }
    $('map-note').textContent = m.truncated ? T.truncated : '';
    showPath(m.path);
  }

  function addCase(p) {
    if (state.markers[p.id]) { caseLayer.removeLayer(state.markers[p.id]); }
    var marker = L.circleMarker([p.lat, p.lon], { className: 'board-case' + (p.overdue ? ' overdue' : ''), radius: 7,
      weight: 2, fillColor: p.overdue ? '#ff6b6b' : '#4fb3ff', fillOpacity: 0.9 });
    var link = el('a', null, p.number + ' ' + p.title);
    link.href = T.cases + p.id;
    marker.bindPopup(link);
    caseLayer.addLayer(marker);
    var path = marker.getElement && marker.getElement();
    if (path) {
      path.setAttribute('data-case', p.id);
      path.setAttribute('data-number', p.number);
    }
    state.markers[p.id] = marker;
  }

  function addCamera(c) {
    var status = T['status' + c.status.charAt(0).toUpperCase() + c.status.slice(1)] || c.status;
    var icon = L.divIcon({ className: 'board-camera ' + c.status, html: '<span aria-hidden="true">&#x1F4F9;</span>',
      iconSize: [26, 26] });
    var marker = L.marker([c.lat, c.lon], { icon: icon, title: c.name, keyboard: true });
    var box = el('div', 'camera-popup');
    box.appendChild(el('strong', null, c.name));
    box.appendChild(el('div', null, status));
    var link = el('a', null, T.openStream);
    link.href = c.streamUrl; // http, https or rtsp only: the registry refuses anything else
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    box.appendChild(link);
    marker.bindPopup(box);
    cameraLayer.addLayer(marker);
    var e = marker.getElement && marker.getElement();
    if (e) { e.setAttribute('data-camera', c.id); }
  }

  function showPath(path) {
    var ol = $('board-path');
    ol.textContent = '';
    path.forEach(function (n, i) {
      var li = el('li');
      if (i < path.length - 1) {
        var b = el('button', null, name(n));
        b.type = 'button';
        b.addEventListener('click', function () { drill(n.code); });
        li.appendChild(b);
      } else {
        li.textContent = name(n);
        li.setAttribute('aria-current', 'location');
      }
      ol.appendChild(li);
    });
  }

  function load() {
    return Promise.all([getJson('/board').then(showBoard), getJson('/map').then(showMap)]).catch(function () {
      $('live-status').textContent = T.failed;
    });
  }

  function drill(code) {
    state.node = code;
    if (window.history && history.pushState) {
      history.pushState({ node: code }, '', location.pathname + '?node=' + encodeURIComponent(code));
    }
    load();
  }
  window.addEventListener('popstate', function (e) {
    state.node = (e.state && e.state.node) || T.node;
    load();
  });

  // --- the live stream ---------------------------------------------------------------------------------
  function inView(gridCode) { return gridCode && gridCode.indexOf(state.node) === 0; }

  function feed(m, kind) {
    var d = m.data || {};
    var li = el('li', kind + (d.overdue ? ' overdue' : '') + (kind === 'escalated' ? ' escalated' : ''));
    li.setAttribute('data-number', d.number);
    li.setAttribute('data-kind', kind);
    var t = el('time', null, new Date(m.occurredAt).toLocaleTimeString(T.lang, { hour: '2-digit', minute: '2-digit' }));
    t.setAttribute('datetime', m.occurredAt);
    li.appendChild(t);
    li.appendChild(el('span', 'badge ' + kind, kind === 'new' ? T['new'] : kind === 'overdue' ? T.overdue : T.escalated));
    if (d.overdue && kind !== 'overdue') { li.appendChild(el('span', 'badge overdue', T.overdue)); }
    var a = el('a', null, d.number + ' ' + d.title);
    a.href = '/t/' + T.tenant + m.link;
    li.appendChild(a);
    var list = $('feed');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > FEED_MAX) { list.removeChild(list.lastChild); }
    $('feed-empty').hidden = true;
  }

  // a board opened mid-shift starts with the overdue cases already open in view, until live items push them down
  function seedFeed(points) {
    var list = $('feed');
    Array.prototype.slice.call(list.querySelectorAll('li.seeded')).forEach(function (li) { list.removeChild(li); });
    points.filter(function (p) { return p.overdue; }).slice(0, 10).forEach(function (p) {
      var li = el('li', 'seeded overdue');
      li.setAttribute('data-number', p.number);
      li.setAttribute('data-kind', 'open-overdue');
      li.appendChild(el('span', 'badge overdue', T.overdue));
      var a = el('a', null, p.number + ' ' + p.title);
      a.href = T.cases + p.id;
      li.appendChild(a);
      list.appendChild(li);
    });
    $('feed-empty').hidden = list.children.length > 0;
  }

  function onCase(kind) {
    return function (e) {
      var m = JSON.parse(e.data);
      var d = m.data || {};
      var id = (m.link || '').split('/').pop();
      if (kind) {
        feed(m, kind);
      }
      if (!inView(m.gridCode) || !state.kpis) { return; }
      var open = OPEN.indexOf(d.state) >= 0;
      if (kind === 'new') {
        state.kpis.todayReported += 1;
        state.kpis.open += 1;
      } else if (kind === 'overdue') {
        state.kpis.overduePending += 1;
      } else if (!open && state.markers[id]) {
        state.kpis.open = Math.max(0, state.kpis.open - 1);
      }
      showKpis();
      if (open && d.lon != null && d.lat != null) {
        addCase({ id: id, number: d.number, title: d.title, state: d.state, overdue: d.overdue, lon: d.lon, lat: d.lat });
      } else if (!open && state.markers[id]) {
        caseLayer.removeLayer(state.markers[id]);
        delete state.markers[id];
      }
    };
  }

  if (window.EventSource) {
    var source = new EventSource(T.stream, { withCredentials: true });
    source.onopen = function () { $('live-status').textContent = T.liveOn; };
    source.onerror = function () { $('live-status').textContent = T.liveOff; };
    source.addEventListener('case.report', onCase('new'));
    source.addEventListener('case.overdue', onCase('overdue'));
    source.addEventListener('case.escalate', onCase('escalated'));
    ['register', 'reject', 'resolve-on-spot', 'merge', 'dispatch', 'accept', 'return', 'handle', 'close', 'rework',
      'evaluate', 'approve-postponement'].forEach(function (a) { source.addEventListener('case.' + a, onCase(null)); });
    source.addEventListener('live.reset', function () { load(); });
  }
  load();
})();
