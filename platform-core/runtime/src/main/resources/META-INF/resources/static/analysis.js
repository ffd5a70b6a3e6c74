// The analysis page's charts (ECharts) and map of recurring places (Leaflet, plain background as on the
// dispatch console). Every chart's figures are also in the table below it, so the page reads without them.
(function () {
  function data(el) { return JSON.parse(el.dataset.chart || '{}'); }
  function chart(el, option) {
    if (!window.echarts) { return; }
    var c = echarts.init(el);
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
  }
  document.querySelectorAll('.heat-chart').forEach(function (el) {
    var d = data(el);
    var max = Math.max.apply(null, [1].concat((d.data || []).map(function (x) { return x[2]; })));
    chart(el, {
      tooltip: { position: 'top' },
      grid: { left: 140, bottom: 60, top: 10, right: 20 },
      xAxis: { type: 'category', data: d.months || [], splitArea: { show: true } },
      yAxis: { type: 'category', data: d.grids || [], splitArea: { show: true } },
      visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
      series: [{ type: 'heatmap', data: d.data || [], label: { show: true } }]
    });
  });
  var trend = document.getElementById('trend-chart');
  if (trend) {
    var t = data(trend);
    chart(trend, {
      tooltip: { trigger: 'axis' }, legend: {},
      xAxis: { type: 'category', data: t.buckets || [] }, yAxis: { type: 'value', minInterval: 1 },
      series: (t.series || []).map(function (s) { return { name: s.name, type: 'line', data: s.data }; })
    });
  }
  var bn = document.getElementById('bn-chart');
  if (bn) {
    var b = data(bn);
    chart(bn, {
      tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 120 },
      yAxis: { type: 'category', data: b.departments || [] }, xAxis: { type: 'value', name: 'h' },
      series: (b.series || []).map(function (s) { return { name: s.name, type: 'bar', stack: 'steps', data: s.data }; })
    });
  }
  var el = document.getElementById('cluster-map');
  if (!el || !window.L) { return; }
  var grid = JSON.parse(el.dataset.geojson || '{}');
  var points = JSON.parse(el.dataset.points || '[]');
  var map = L.map(el, { attributionControl: false });
  var boundaries = L.geoJSON(grid.type ? grid : { type: 'FeatureCollection', features: [] }, {
    filter: function (f) { return f.geometry; },
    style: function () { return { color: '#334', weight: 1, fillColor: '#c9d6ea', fillOpacity: 0.1 }; }
  });
  var bounds = L.latLngBounds([]);
  if (boundaries.getBounds().isValid()) { bounds.extend(boundaries.getBounds()); }
  points.forEach(function (p) { bounds.extend(L.latLng(p.lat, p.lon)); });
  if (bounds.isValid()) { map.fitBounds(bounds.pad(0.1), { maxZoom: 17, animate: false }); } else { map.setView([40.40, 110.03], 13); }
  boundaries.addTo(map);
  points.forEach(function (p) {
    L.circleMarker([p.lat, p.lon], { className: 'cluster-point', radius: 6 + Math.min(p.count, 12), weight: 2,
      color: '#a40000', fillOpacity: 0.6 }).bindTooltip(p.label).addTo(map);
  });
})();
