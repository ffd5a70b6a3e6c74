package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the validator's messages for the person editing the YAML: the pointer names the offending key
 * itself (not its parent object), and the reason says what would be accepted.
 */
final class SchemaMessages {

    private static final Pattern ENUM_OWNER = Pattern.compile("/([A-Za-z]+)/enum$");

    private SchemaMessages() {
    }

    static DefinitionProblem toProblem(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        JsonNode value = m.getInstanceNode();
        return switch (m.getType()) {
            case "required" -> new DefinitionProblem(at + "/" + m.getProperty(), "is required but missing");
            case "additionalProperties" -> new DefinitionProblem(at + "/" + m.getProperty(),
                    "is not a known key here; check its spelling or remove it (tenants/schema/ lists the keys)");
            case "enum" -> new DefinitionProblem(at, notAllowed(m, value));
            case "type" -> new DefinitionProblem(at, value != null && value.isNumber() && m.getError().contains("string expected")
                    ? "must be text: put it in quotes, e.g. '" + value.asText() + "'" : m.getError());
            case "pattern" -> new DefinitionProblem(at, "'" + text(value) + "' has the wrong format: " + m.getError());
            default -> new DefinitionProblem(at, m.getError());
        };
    }

    /** {@code 'gridworker' is not a role; use one of supervisor, grid-chief, …}. */
    private static String notAllowed(ValidationMessage m, JsonNode value) {
        Matcher owner = ENUM_OWNER.matcher(m.getSchemaLocation().toString());
        String noun = owner.find() ? words(owner.group(1)) : "allowed here";
        List<String> allowed = new ArrayList<>();
        m.getSchemaNode().forEach(v -> allowed.add(v.asText()));
        return "'" + text(value) + "' is not " + article(noun) + noun + "; use one of " + String.join(", ", allowed);
    }

    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }

    private static String article(String noun) {
        return noun.startsWith("allowed") ? "" : "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    }
}
