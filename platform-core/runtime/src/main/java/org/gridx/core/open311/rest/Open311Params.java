package org.gridx.core.open311.rest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gridx.core.open311.service.Open311Exception;
import org.gridx.core.open311.service.Open311Requests;

/** Query parameters as the spec sends them: single values or comma-separated lists, each checked. */
final class Open311Params {

    record Shape(Pattern pattern, String hint) {
    }

    static final Shape NUMBER = new Shape(Pattern.compile("[0-9]{1,20}"), "a case number such as 202600000123");
    static final Shape CODE = new Shape(Pattern.compile("[0-9]{5}|L[0-9A-Z-]{1,15}"), "a service_code such as 06001");
    static final Shape STATUS = new Shape(Pattern.compile("open|closed"), "open or closed");

    private Open311Params() {
    }

    static List<String> list(String value, String name, Shape shape) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> values = Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.size() > Open311Requests.MAX) {
            throw Open311Exception.badRequest(name + ": at most " + Open311Requests.MAX + " values at once.");
        }
        values.forEach(v -> one(v, name, shape));
        return values;
    }

    static String one(String value, String name, Shape shape) {
        if (!shape.pattern().matcher(value).matches()) {
            throw Open311Exception.badRequest(name + ": '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value)
                    + "' is not " + shape.hint() + ".");
        }
        return value;
    }
}
