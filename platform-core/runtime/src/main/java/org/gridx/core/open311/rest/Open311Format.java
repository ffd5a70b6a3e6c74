package org.gridx.core.open311.rest;

import java.util.Optional;
import org.gridx.core.open311.service.Open311Exception;

/** The two formats, chosen by the resource's extension as the spec does (services.xml, services.json). */
public enum Open311Format {
    XML("text/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private final String mediaType;

    Open311Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Open311Format of(String extension) {
        return parse(extension).orElseThrow(() -> Open311Exception.badRequest("Unknown format '" + extension
                + "': end the address with .xml or .json."));
    }

    /** The format an error about {@code path} is written in: JSON for a .json address, else XML (the spec's default). */
    public static Open311Format ofPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? XML : parse(path.substring(dot + 1)).orElse(XML);
    }

    private static Optional<Open311Format> parse(String extension) {
        return switch (extension == null ? "" : extension) {
            case "xml" -> Optional.of(XML);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
