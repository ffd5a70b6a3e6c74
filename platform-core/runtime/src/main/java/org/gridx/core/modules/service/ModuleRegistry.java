package org.gridx.core.modules.service;

import io.quarkus.arc.All;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.problem.ProblemException;

/**
 * Every "+X" module present in this build, validated once at startup: a bad declaration stops the
 * platform with one message listing every problem, rather than failing later for one tenant.
 */
@Startup
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @All
    List<GridxModule> modules;

    private Map<String, GridxModule> byId;
    private ModuleGraph graph;

    @PostConstruct
    void validate() {
        List<ModuleManifest> manifests = modules.stream().map(GridxModule::manifest).toList();
        List<String> problems = ModuleManifestValidator.onClasspath().problems(manifests);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("GridX cannot start: " + problems.size()
                    + " problem(s) in the module declarations:\n  - " + String.join("\n  - ", problems));
        }
        graph = new ModuleGraph(manifests);
        Map<String, GridxModule> ordered = new LinkedHashMap<>();
        graph.dependencyOrder().forEach(id -> ordered.put(id, modules.stream()
                .filter(m -> m.manifest().id().equals(id)).findFirst().orElseThrow()));
        byId = ordered;
    }

    /** All modules, each after the modules it requires. */
    public List<GridxModule> all() {
        return List.copyOf(byId.values());
    }

    public List<String> dependencyOrder() {
        return List.copyOf(byId.keySet());
    }

    public Optional<GridxModule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<ModuleManifest> manifest(String id) {
        return find(id).map(GridxModule::manifest);
    }

    /** The module, or a 404 problem naming the modules that do exist. */
    public GridxModule require(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("There is no module '" + id
                + "' in this platform. Available: " + String.join(", ", byId.keySet()) + "."));
    }

    /** Modules that directly require {@code id}. */
    public List<String> requiredBy(String id) {
        return graph.requiredBy(id);
    }
}
