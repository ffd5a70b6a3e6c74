package org.gridx.core.grid.geo;

/** A boundary that is not a usable GeoJSON area; {@code pointer} is where inside the geometry. */
public class GeoJsonException extends RuntimeException {

    private final String pointer;

    public GeoJsonException(String pointer, String message) {
        super(message);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
