package org.gridx.core.open311.service;

import java.util.List;

/**
 * An Open311 error answer: the HTTP status and one description per thing wrong, written as the spec's
 * {@code <errors><error><code/><description/></error></errors>} (or its JSON list), never problem+json,
 * because Open311 clients only understand their own format.
 */
public class Open311Exception extends RuntimeException {

    private final int status;
    private final List<String> descriptions;

    public Open311Exception(int status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    public static Open311Exception badRequest(String description) {
        return new Open311Exception(400, List.of(description));
    }

    public static Open311Exception forbidden(String description) {
        return new Open311Exception(403, List.of(description));
    }

    public static Open311Exception notFound(String description) {
        return new Open311Exception(404, List.of(description));
    }

    public int status() {
        return status;
    }

    public List<String> descriptions() {
        return descriptions;
    }
}
