package org.gridx.core.modules.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.SettingDef;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.modules.service.ModuleEnablementService;
import org.gridx.core.modules.service.ModuleRegistry;

/**
 * Turns the administration form of one module into an enable (with typed settings) or a disable. Form
 * fields are text: each is converted by its setting's type, and what cannot be converted is reported with
 * the same pointer the API uses, so the page shows it next to its field.
 */
@ApplicationScoped
public class ModuleFormSubmission {

    static final String SETTING_PREFIX = "s.";

    @Inject
    ModuleRegistry registry;
    @Inject
    ModuleEnablementService enablement;

    @Transactional
    public void apply(String moduleId, MultivaluedMap<String, String> form, String actor) {
        ModuleManifest manifest = registry.require(moduleId).manifest();
        if (form.getFirst("enabled") == null) {
            enablement.disable(moduleId, actor);
            return;
        }
        enablement.enable(moduleId, settings(manifest, form), actor);
    }

    private static Map<String, Object> settings(ModuleManifest manifest, MultivaluedMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (SettingDef d : manifest.settings()) {
            String raw = form.getFirst(SETTING_PREFIX + d.key());
            switch (d.type()) {
                case BOOLEAN -> values.put(d.key(), raw != null);
                case INTEGER -> {
                    try {
                        values.put(d.key(), Long.parseLong(raw == null ? "" : raw.trim()));
                    } catch (NumberFormatException e) {
                        problems.add(new FieldProblem("/settings/" + d.key(),
                                "must be a whole number from " + d.min() + " to " + d.max()));
                    }
                }
                default -> values.put(d.key(), raw == null ? "" : raw);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some settings are not valid; correct the marked fields.", problems);
        }
        return values;
    }
}
