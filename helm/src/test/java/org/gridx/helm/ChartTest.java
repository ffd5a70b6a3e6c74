package org.gridx.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The chart lints clean and renders what a cluster needs: stateless replicas wired to an external database. */
class ChartTest {

    static final Path CHART = Path.of("gridx").toAbsolutePath();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void lintsStrictly() {
        LintResult result = new Helm(CHART).lint().strict().call();
        assertFalse(result.isFailed(), String.join("\n", result.getMessages()));
    }

    @Test
    void rendersReplicasAgainstAnExternalDatabaseWithKeysFromSecrets() throws IOException {
        JsonNode deployment = find(render(t -> t), "Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        Map<String, JsonNode> env = envOf(container);
        assertEquals("jdbc:postgresql://postgresql:5432/gridx", env.get("GRIDX_DB_URL").get("value").asText());
        assertEquals("gridx-db", env.get("GRIDX_DB_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals("/etc/gridx/jwt/jwt-private.pem", env.get("GRIDX_JWT_PRIVATE_KEY").get("value").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean());
    }

    @Test
    void photosGoToTheDatabaseOrToAnS3BucketWithKeysFromASecret() throws IOException {
        Map<String, JsonNode> plain = envOf(find(render(t -> t), "Deployment").at("/spec/template/spec/containers/0"));
        assertEquals("database", plain.get("GRIDX_MEDIA_STORAGE").get("value").asText());
        assertNull(plain.get("GRIDX_S3_ENDPOINT"));
        Map<String, JsonNode> s3 = envOf(find(render(t -> t.set("media.storage", "s3").set("media.s3.endpoint", "http://minio:9000")),
                "Deployment").at("/spec/template/spec/containers/0"));
        assertEquals("s3", s3.get("GRIDX_MEDIA_STORAGE").get("value").asText());
        assertEquals("http://minio:9000", s3.get("GRIDX_S3_ENDPOINT").get("value").asText());
        assertEquals("gridx-s3", s3.get("GRIDX_S3_SECRET_KEY").at("/valueFrom/secretKeyRef/name").asText());
    }

    @Test
    void autoscalingReplacesTheFixedReplicaCount() throws IOException {
        List<JsonNode> docs = render(t -> t.set("autoscaling.enabled", true));
        assertTrue(find(docs, "Deployment").at("/spec/replicas").isMissingNode());
        assertEquals(6, find(docs, "HorizontalPodAutoscaler").at("/spec/maxReplicas").asInt());
    }

    @Test
    void ingressIsOptionalAndKeepsServerSentEventsUnbuffered() throws IOException {
        assertNull(findOrNull(render(t -> t), "Ingress"));
        JsonNode ingress = find(render(t -> t.set("ingress.enabled", true)), "Ingress");
        assertEquals("off", ingress.at("/metadata/annotations/nginx.ingress.kubernetes.io~1proxy-buffering").asText());
    }

    private static List<JsonNode> render(UnaryOperator<TemplateCommand> options) throws IOException {
        String out = options.apply(new Helm(CHART).template().withName("gridx")).call();
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(out)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    private static JsonNode find(List<JsonNode> docs, String kind) {
        JsonNode doc = findOrNull(docs, kind);
        assertTrue(doc != null, "no " + kind + " rendered");
        return doc;
    }

    private static JsonNode findOrNull(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst().orElse(null);
    }

    private static Map<String, JsonNode> envOf(JsonNode container) {
        Map<String, JsonNode> env = new java.util.HashMap<>();
        container.path("env").forEach(e -> env.put(e.get("name").asText(), e));
        return env;
    }
}
