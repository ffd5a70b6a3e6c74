// Draws the grid boundaries with Leaflet on a plain background (no internet tiles here); the tree list
// beside it holds the same information, so the page works without this script.
(function () {
  var el = document.getElementById('grid-map');
  if (!el || !window.L) { return; }
  var data = JSON.parse(el.dataset.geojson);
  var problems = JSON.parse(el.dataset.problems || '[]');
  var selected = el.dataset.selected;
  var map = L.map(el, { attributionControl: false });
  var colours = ['#c9d6ea', '#b9dcc4', '#f2dfb0', '#e8c3c3'];
  var layer = L.geoJSON(data, {
    filter: function (f) { return f.geometry; },
    style: function (f) {
      var level = f.properties.level;
      var chosen = f.properties.code === selected;
      return { color: chosen ? '#b00020' : '#334', weight: chosen ? 3 : (level < 3 ? 2.5 : 1),
               fillColor: colours[level % colours.length], fillOpacity: level === 3 ? 0.5 : 0.05 };
    },
    onEachFeature: function (f, l) {
      l.bindTooltip(f.properties.name_zh + ' ' + f.properties.code);
      l.on('click', function () { window.location.search = '?node=' + f.properties.code; });
    }
  }).addTo(map);
  problems.forEach(function (p) {
    if (p.lat != null) {
      L.circleMarker([p.lat, p.lon], { radius: 8, color: '#b00020', fillOpacity: 0.8 })
        .bindTooltip(p.message).addTo(map);
    }
  });
  if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); } else { map.setView([40.40, 110.03], 13); }
})();
