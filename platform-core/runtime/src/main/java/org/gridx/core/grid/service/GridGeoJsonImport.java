package org.gridx.core.grid.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.CoverageProblem;

/**
 * Imports a FeatureCollection (properties code, name_zh, name_en, kind, households, parent; geometry the
 * boundary): existing live nodes are updated, new ones created under their parent (in the file or the
 * tree), parents first, all in one transaction with history. Then the coverage check runs on the tree; an
 * import that leaves gaps or overlaps beyond the tolerance is refused (rolled back, each problem listed)
 * unless the caller accepts them explicitly: boundaries are often digitised one community at a time.
 */
@ApplicationScoped
public class GridGeoJsonImport {

    public static final int MAX_FEATURES = 20_000;

    public record Report(int created, int updated, int unchanged, List<CoverageProblem> coverage) {
    }

    @Inject
    GridEditing editing;
    @Inject
    GridCoverage coverage;

    @Transactional
    public Report run(JsonNode fc, boolean acceptProblems, String actor) {
        JsonNode features = fc.path("features");
        if (!"FeatureCollection".equals(fc.path("type").asText()) || !features.isArray()) {
            throw ProblemException.invalid("Not a GeoJSON FeatureCollection.",
                    List.of(new FieldProblem("/type", "send {\"type\": \"FeatureCollection\", \"features\": [...]}")));
        }
        if (features.size() > MAX_FEATURES) {
            throw ProblemException.invalid("Too many features.", List.of(new FieldProblem("/features", "at most " + MAX_FEATURES + " per import")));
        }
        List<Integer> order = IntStream.range(0, features.size()).boxed()
                .sorted(Comparator.comparingInt(i -> features.get(i).path("properties").path("code").asText().length())).toList();
        int created = 0;
        int updated = 0;
        List<FieldProblem> problems = new ArrayList<>();
        for (int i : order) {
            String at = "/features/" + i;
            JsonNode p = features.get(i).path("properties");
            GridNodeInput in = new GridNodeInput(text(p, "code"), null, text(p, "name_zh"), text(p, "name_en"),
                    text(p, "kind"), p.hasNonNull("households") ? p.get("households").asInt() : null, features.get(i).get("geometry"));
            if (in.code() == null) {
                problems.add(new FieldProblem(at + "/properties/code", "every feature needs properties.code"));
                continue;
            }
            try {
                if (GridNode.findLive(in.code()).isPresent()) {
                    GridNode before = GridNode.findLive(in.code()).get();
                    java.time.Instant stamp = before.updatedAt;
                    editing.update(in.code(), in, actor);
                    updated += stamp.equals(before.updatedAt) ? 0 : 1;
                } else {
                    String parent = text(p, "parent") != null ? text(p, "parent") : parentOf(in.code());
                    editing.create(new GridNodeInput(in.code(), parent, in.nameZh(), in.nameEn(), in.kind(), in.households(), in.boundary()), actor);
                    created++;
                }
            } catch (ProblemException e) {
                e.problem().errors().forEach(f -> problems.add(new FieldProblem(at + pointer(f.pointer()), f.message())));
                if (e.problem().errors().isEmpty()) {
                    problems.add(new FieldProblem(at, e.problem().detail()));
                }
            }
        }
        GridRules.throwIfAny(problems, "The import was refused and nothing was written");
        List<CoverageProblem> found = coverage.check(null);
        if (!found.isEmpty() && !acceptProblems) {
            throw ProblemException.invalid("The boundaries leave gaps or overlaps, so the import was refused and nothing was "
                    + "written; fix them, or import with acceptProblems=true to keep them and fix later.",
                    found.stream().map(c -> new FieldProblem("/coverage/" + String.join(",", c.nodes()), c.message())).toList());
        }
        return new Report(created, updated, features.size() - created - updated, found);
    }

    private static String pointer(String p) {
        return switch (p) {
            case "/code", "/kind", "/households" -> "/properties" + p;
            case "/nameZh" -> "/properties/name_zh";
            case "/parent" -> "/properties/parent";
            default -> p.startsWith("/boundary") ? "/geometry" + p.substring("/boundary".length()) : p;
        };
    }

    private static String parentOf(String code) {
        return code.length() > 9 ? code.substring(0, code.length() - 3) : null;
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
