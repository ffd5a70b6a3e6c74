// Cases as points over the grid boundaries (Leaflet, plain background: no internet tiles here). Used by the
// dispatcher console and the case page; each page also lists the same cases as text, so the map is an aid,
// never the only way to reach a case.
(function () {
  var el = document.getElementById('case-map');
  if (!el || !window.L) { return; }
  var grid = JSON.parse(el.dataset.geojson || '{"type":"FeatureCollection","features":[]}');
  var points = JSON.parse(el.dataset.points || '[]');
  var base = el.dataset.base;
  var map = L.map(el, { attributionControl: false });
  var bounds = L.latLngBounds([]);
  var boundaries = L.geoJSON(grid, {
    filter: function (f) { return f.geometry; },
    style: function (f) {
      var level = f.properties.level;
      return { color: '#334', weight: level < 3 ? 2.5 : 1, fillColor: '#c9d6ea', fillOpacity: level === 3 ? 0.25 : 0.03 };
    },
    onEachFeature: function (f, l) { l.bindTooltip(f.properties.name_zh + ' ' + f.properties.code); }
  }).addTo(map);
  if (boundaries.getBounds().isValid()) { bounds.extend(boundaries.getBounds()); }
  points.forEach(function (p) {
    var marker = L.circleMarker([p.lat, p.lon], { radius: 8, weight: 2, color: p.overdue ? '#a40000' : '#0b5394',
      fillOpacity: 0.85 }).addTo(map);
    var link = document.createElement('a');
    link.href = base + p.id;
    link.textContent = p.number + ' ' + p.title + ' (' + p.state + ')';
    marker.bindPopup(link);
    bounds.extend([p.lat, p.lon]);
  });
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.2), { maxZoom: 17 });
  } else {
    map.setView([40.40, 110.03], 13);
  }
})();
