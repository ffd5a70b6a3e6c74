package org.gridx.core.onboarding.definition;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * Reads a definition from a directory, a classpath base or one posted text (YAML or JSON, as JSON is YAML)
 * into a merged document. Unreadable input is reported per file with line and column, all files at once.
 */
public final class DefinitionReader {

    /** Far above a real street (the demo is ~20 KB); stops a mistaken or hostile file early. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DefinitionReader() {
    }

    public static DefinitionDocument fromDirectory(Path dir) {
        return read(dir.toString(), name -> {
            Path file = dir.resolve(name);
            try {
                return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        });
    }

    public static DefinitionDocument fromClasspath(String base) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return read("classpath:" + base, name -> {
            try (InputStream in = loader.getResourceAsStream(base + "/" + name)) {
                return in == null ? null : in.readNBytes(MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + base + "/" + name, e);
            }
        });
    }

    /** One merged document, as posted to the operator API; problems are located as {@code #/…}. */
    public static DefinitionDocument fromText(String text) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                throw invalid("the definition", List.of(new FieldProblem("#", "must be a mapping with tenant, grid, …")));
            }
            return DefinitionDocument.merged(root);
        } catch (JsonProcessingException e) {
            throw invalid("the definition", List.of(new FieldProblem("#", unreadable(e))));
        }
    }

    private static DefinitionDocument read(String where, Function<String, byte[]> source) {
        ObjectNode merged = YAML.createObjectNode();
        Map<String, String> keyFiles = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : DefinitionFiles.NAMES) {
            byte[] bytes = source.apply(name);
            if (bytes == null) {
                if (DefinitionFiles.REQUIRED.contains(name)) {
                    problems.add(new FieldProblem(name, "is missing from " + where));
                }
                continue;
            }
            mergeFile(name, bytes, merged, keyFiles, problems);
        }
        if (!problems.isEmpty()) {
            throw invalid(where, problems);
        }
        return new DefinitionDocument(merged, keyFiles);
    }

    private static void mergeFile(String name, byte[] bytes, ObjectNode merged, Map<String, String> keyFiles,
            List<FieldProblem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new FieldProblem(name, "is larger than " + MAX_BYTES / 1024 + " KB"));
            return;
        }
        try {
            JsonNode node = YAML.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return;
            }
            if (!node.isObject()) {
                problems.add(new FieldProblem(name, "must be a mapping of keys (e.g. 'accounts:'), not a list or a value"));
                return;
            }
            node.fields().forEachRemaining(field -> {
                String earlier = keyFiles.putIfAbsent(field.getKey(), name);
                if (earlier != null) {
                    problems.add(new FieldProblem(name + "#/" + field.getKey(), "is already defined in " + earlier));
                } else {
                    merged.set(field.getKey(), field.getValue());
                }
            });
        } catch (JsonProcessingException e) {
            problems.add(new FieldProblem(name, unreadable(e)));
        }
    }

    private static String unreadable(JsonProcessingException e) {
        var at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        return "is not valid YAML: " + where + e.getOriginalMessage();
    }

    private static ProblemException invalid(String where, List<FieldProblem> problems) {
        return ProblemException.invalid("The tenant definition in " + where + " cannot be read; see 'errors'.", problems);
    }
}
