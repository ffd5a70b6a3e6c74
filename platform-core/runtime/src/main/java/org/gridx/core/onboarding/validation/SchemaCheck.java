package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks a merged definition against the published JSON Schema (tenants/schema/, shipped on the classpath
 * so the platform validates against exactly the file it publishes). The schema is compiled once.
 */
public final class SchemaCheck {

    public static final String RESOURCE = "tenants/schema/tenant-definition.schema.json";
    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    public static List<DefinitionProblem> check(JsonNode root) {
        return SCHEMA.validate(root).stream().map(SchemaMessages::toProblem).toList();
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; check the runtime's resources");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
