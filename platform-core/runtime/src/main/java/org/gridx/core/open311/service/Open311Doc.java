package org.gridx.core.open311.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Open311 answer in the one shape both writers understand: a root element name and a body that is either
 * ordered fields ({@link #fields()}, a JSON object) or {@link Items} (repeated XML elements, a JSON array).
 * Fields are named exactly as the GeoReport v2 spec names them; a null field is left out of the XML (the
 * schemas make optional elements optional rather than empty) and written as null in JSON.
 */
public record Open311Doc(String root, Object body) {

    /** A list: {@code <root><item/>…</root>} in XML, {@code [ … ]} in JSON. */
    public record Items(String item, List<?> values) {
    }

    public static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    public static Open311Doc list(String root, String item, List<?> values) {
        return new Open311Doc(root, new Items(item, values));
    }
}
