package org.gridx.core.grid.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * GeoJSON Polygon/MultiPolygon (RFC 7946, WGS84 lon/lat) to JTS and back. Only areas: a grid is a piece
 * of ground, so points and lines are refused with the reason. Errors name the JSON pointer inside the geometry.
 */
public final class GeoJson {

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_VERTICES = 100_000;

    private GeoJson() {
    }

    public static Geometry parse(String text) {
        try {
            return read(JSON.readTree(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GeoJsonException("", "not JSON: " + e.getOriginalMessage());
        }
    }

    public static Geometry read(JsonNode g) {
        if (g == null || !g.isObject()) {
            throw new GeoJsonException("", "a boundary must be a GeoJSON geometry object");
        }
        String type = g.path("type").asText();
        JsonNode coords = g.path("coordinates");
        Geometry geometry = switch (type) {
            case "Polygon" -> polygon(coords, "/coordinates");
            case "MultiPolygon" -> multi(coords);
            default -> throw new GeoJsonException("/type", "'" + type + "' is not an area: use Polygon or MultiPolygon");
        };
        if (geometry.getNumPoints() > MAX_VERTICES) {
            throw new GeoJsonException("/coordinates", "more than " + MAX_VERTICES + " vertices; simplify the boundary");
        }
        if (!geometry.isValid()) {
            String why = new org.locationtech.jts.operation.valid.IsValidOp(geometry).getValidationError().toString();
            throw new GeoJsonException("/coordinates", "the polygon is not valid (" + why
                    + "); fix self-intersections and ring order in your GIS tool");
        }
        return geometry;
    }

    private static MultiPolygon multi(JsonNode coords) {
        if (!coords.isArray() || coords.isEmpty()) {
            throw new GeoJsonException("/coordinates", "a MultiPolygon needs at least one polygon");
        }
        Polygon[] parts = new Polygon[coords.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(coords.get(i), "/coordinates/" + i);
        }
        return FACTORY.createMultiPolygon(parts);
    }

    private static Polygon polygon(JsonNode rings, String at) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new GeoJsonException(at, "a polygon needs an outer ring: [[[lon, lat], ...]]");
        }
        LinearRing shell = ring(rings.get(0), at + "/0");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), at + "/" + i);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points, String at) {
        if (!points.isArray() || points.size() < 4) {
            throw new GeoJsonException(at, "a ring needs at least 4 positions, the last equal to the first");
        }
        List<Coordinate> cs = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            cs.add(position(points.get(i), at + "/" + i));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            throw new GeoJsonException(at, "the ring is not closed: repeat the first position at the end");
        }
        return FACTORY.createLinearRing(cs.toArray(Coordinate[]::new));
    }

    private static Coordinate position(JsonNode p, String at) {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new GeoJsonException(at, "a position is [longitude, latitude] in degrees");
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new GeoJsonException(at, "[" + lon + ", " + lat + "] is not a WGS84 longitude/latitude");
        }
        return new Coordinate(lon, lat);
    }

    public static ObjectNode write(Geometry g) {
        ObjectNode out = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            out.put("type", "Polygon");
            rings(out.putArray("coordinates"), p);
        } else {
            out.put("type", "MultiPolygon");
            ArrayNode polys = out.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                rings(polys.addArray(), (Polygon) g.getGeometryN(i));
            }
        }
        return out;
    }

    private static void rings(ArrayNode out, Polygon p) {
        ring(out.addArray(), p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(out.addArray(), p.getInteriorRingN(i).getCoordinates());
        }
    }

    private static void ring(ArrayNode out, Coordinate[] cs) {
        for (Coordinate c : cs) {
            out.addArray().add(c.x).add(c.y);
        }
    }
}
