package org.gridx.core.modules.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.module.SettingDef;
import org.gridx.api.module.SettingType;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * Turns what a tenant sent (or stored) into a module's effective settings: declared defaults filled in,
 * integers as {@code Long} whatever JSON number type they arrived as (so equal settings compare equal),
 * every invalid or unknown key reported at once with a pointer {@code /settings/<key>}.
 */
public final class ModuleSettingsResolver {

    private ModuleSettingsResolver() {
    }

    /** Validated effective settings; a 422 problem listing every wrong key otherwise. */
    public static ModuleSettings resolve(ModuleManifest m, Map<String, Object> given) {
        Map<String, Object> input = given == null ? Map.of() : given;
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, SettingDef> defs = new LinkedHashMap<>();
        m.settings().forEach(d -> defs.put(d.key(), d));
        new TreeSet<>(input.keySet()).stream().filter(k -> !defs.containsKey(k)).forEach(k -> problems.add(
                new FieldProblem("/settings/" + k, "is not a setting of module '" + m.id() + "'; known settings: "
                        + defs.keySet())));
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingDef d : defs.values()) {
            Object v = input.containsKey(d.key()) ? input.get(d.key()) : d.defaultValue();
            d.validate(v).ifPresentOrElse(msg -> problems.add(new FieldProblem("/settings/" + d.key(), msg)),
                    () -> values.put(d.key(), normalize(d, v)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some settings of module '" + m.id()
                    + "' are not acceptable; see 'errors' for each one.", problems);
        }
        return new ModuleSettings(values);
    }

    /**
     * Settings as stored earlier: keys the module no longer declares are dropped and values that no longer
     * validate fall back to the default, so a module upgrade never locks a tenant out.
     */
    public static ModuleSettings fromStored(ModuleManifest m, Map<String, Object> stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (SettingDef d : m.settings()) {
            Object v = stored == null ? null : stored.get(d.key());
            values.put(d.key(), normalize(d, v != null && d.validate(v).isEmpty() ? v : d.defaultValue()));
        }
        return new ModuleSettings(values);
    }

    private static Object normalize(SettingDef d, Object v) {
        return d.type() == SettingType.INTEGER ? ((Number) v).longValue() : v;
    }
}
