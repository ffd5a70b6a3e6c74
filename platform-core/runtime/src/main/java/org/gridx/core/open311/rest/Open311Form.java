package org.gridx.core.open311.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.core.open311.service.Open311Exception;

/** Reads a form-encoded body (UTF-8, as the spec requires of everything a client sends), within fixed limits. */
final class Open311Form {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_FIELDS = 100;

    private Open311Form() {
    }

    static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw Open311Exception.badRequest("The form is larger than 64 KiB; send photos by media_url, not inline.");
        }
        String[] pairs = body.split("&");
        if (pairs.length > MAX_FIELDS) {
            throw Open311Exception.badRequest("More than " + MAX_FIELDS + " fields; send only the spec's fields and the service's attributes.");
        }
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("The form is not properly URL-encoded (" + e.getMessage() + ").");
        }
        return form;
    }
}
