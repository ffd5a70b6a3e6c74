package org.gridx.core.onboarding.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A tenant definition as one merged JSON tree, plus where each top-level key was read from. A document
 * posted whole (API) has no files, and its problems are reported as {@code #/pointer}.
 *
 * @param keyFiles top-level key → file it came from; empty for a merged document
 */
public record DefinitionDocument(JsonNode root, Map<String, String> keyFiles) {

    public DefinitionDocument {
        keyFiles = Map.copyOf(keyFiles);
    }

    public static DefinitionDocument merged(JsonNode root) {
        return new DefinitionDocument(root, Map.of());
    }

    /** {@code /accounts/3/roles/0} → {@code staff.yaml#/accounts/3/roles/0} (or {@code #/…} when merged). */
    public String locate(String pointer) {
        String first = pointer.startsWith("/") ? pointer.substring(1).split("/", 2)[0] : "";
        String file = keyFiles.get(first);
        if (file == null && !keyFiles.isEmpty()) {
            file = DefinitionFiles.fileOf(first);
        }
        return (file == null ? "" : file) + "#" + pointer;
    }

    /** The tenant code the document declares, when it declares one as text. */
    public String tenantCode() {
        JsonNode code = root.path("tenant").path("code");
        return code.isTextual() ? code.asText() : null;
    }
}
