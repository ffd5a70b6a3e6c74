// The public home page's map of the street's grids (Leaflet, no internet tiles); the list beside it holds the
// same information, so the page works without this script.
(function () {
  var el = document.getElementById('portal-map');
  if (!el || !window.L) { return; }
  var en = el.dataset.lang === 'en';
  var map = L.map(el, { attributionControl: false });
  var layer = L.geoJSON(JSON.parse(el.dataset.geojson), {
    filter: function (f) { return f.geometry; },
    style: function (f) {
      var level = f.properties.level;
      return { color: '#334', weight: level < 3 ? 2.5 : 1, fillColor: '#c9d6ea', fillOpacity: level === 3 ? 0.4 : 0.05 };
    },
    onEachFeature: function (f, l) {
      var name = en && f.properties.name_en ? f.properties.name_en : f.properties.name_zh;
      l.bindTooltip(name + ' ' + f.properties.code);
    }
  }).addTo(map);
  if (layer.getBounds().isValid()) { map.fitBounds(layer.getBounds()); }
})();
