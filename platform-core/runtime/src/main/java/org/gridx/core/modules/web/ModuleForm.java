package org.gridx.core.modules.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.SettingDef;
import org.gridx.api.problem.Problem;
import org.gridx.core.modules.service.ModuleCatalogue;

/** One module on the administration page: what it is, whether it is on, and its settings as form fields. */
public record ModuleForm(String id, String name, String description, String version, boolean enabled,
        List<String> requires, List<Field> fields, String error) {

    /** A setting as a form control; {@code value} is what the field shows, {@code error} what is wrong. */
    public record Field(String key, String type, String label, String value, Long min, Long max, List<String> choices,
            String error) {
        public boolean checked() {
            return "true".equals(value);
        }
    }

    static ModuleForm of(ModuleCatalogue.Entry e, Locale locale, Problem problem) {
        ModuleManifest m = e.manifest();
        Map<String, String> errors = problem == null ? Map.of() : fieldErrors(problem);
        List<Field> fields = m.settings().stream().map(d -> field(d, e.settings().values().get(d.key()), locale,
                errors.get("/settings/" + d.key()))).toList();
        return new ModuleForm(m.id(), m.name().in(locale), m.description().in(locale), m.version(), e.enabled(),
                m.requires(), fields, problem == null ? null : problem.detail());
    }

    private static Field field(SettingDef d, Object value, Locale locale, String error) {
        return new Field(d.key(), d.type().name().toLowerCase(Locale.ROOT), d.label().in(locale),
                value == null ? "" : String.valueOf(value), d.min(), d.max(), d.choices(), error);
    }

    private static Map<String, String> fieldErrors(Problem p) {
        return p.errors().stream().collect(java.util.stream.Collectors.toMap(Problem.FieldProblem::pointer,
                Problem.FieldProblem::message, (a, b) -> a + "; " + b));
    }
}
