package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;

/**
 * Tolerant reads for the semantic checks. They run even when the schema found problems (so every problem
 * is reported in one pass), and must therefore skip values of the wrong shape instead of failing.
 */
final class JsonNodes {

    private JsonNodes() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** Calls {@code each} with the index and element of every object element of {@code array}. */
    static void eachObject(JsonNode array, BiConsumer<Integer, JsonNode> each) {
        if (array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                each.accept(i, array.get(i));
            }
        }
    }

    static boolean containsText(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.isTextual() && item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
