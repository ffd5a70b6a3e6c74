package org.gridx.core.modules.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gridx.api.module.ModuleManifest;

/**
 * The "requires" graph between modules. Pure, so the registry's rules can be tested without a container.
 * Unknown requirements are ignored here (the validator reports them); ids are visited in sorted order so
 * the dependency order and the reported cycle are the same on every machine.
 */
public final class ModuleGraph {

    private final Map<String, List<String>> requires = new TreeMap<>();

    public ModuleGraph(List<ModuleManifest> manifests) {
        manifests.forEach(m -> requires.putIfAbsent(m.id(), m.requires()));
    }

    /** One requirement cycle, as {@code a → b → a}, if any. */
    public Optional<List<String>> cycle() {
        Map<String, Integer> state = new LinkedHashMap<>();
        for (String id : requires.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(id, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        state.put(id, 1);
        path.add(id);
        for (String next : requires.getOrDefault(id, List.of())) {
            if (requires.containsKey(next)) {
                Optional<List<String>> found = visit(next, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return Optional.empty();
    }

    /** Every module after all modules it requires (the order for changelogs and enabling). */
    public List<String> dependencyOrder() {
        cycle().ifPresent(c -> {
            throw new IllegalStateException("module requirements form a cycle: " + String.join(" → ", c));
        });
        Set<String> ordered = new LinkedHashSet<>();
        requires.keySet().forEach(id -> place(id, ordered));
        return List.copyOf(ordered);
    }

    private void place(String id, Set<String> ordered) {
        if (ordered.contains(id) || !requires.containsKey(id)) {
            return;
        }
        requires.get(id).forEach(r -> place(r, ordered));
        ordered.add(id);
    }

    /** Modules that name {@code id} directly in their requirements. */
    public List<String> requiredBy(String id) {
        return requires.entrySet().stream().filter(e -> e.getValue().contains(id)).map(Map.Entry::getKey).toList();
    }
}
