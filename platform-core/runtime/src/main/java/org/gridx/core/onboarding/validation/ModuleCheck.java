package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.SettingDef;

/**
 * Modules named in tenant.yaml exist in this build, their settings are declared and valid, and what an
 * enabled module requires is enabled in the same definition (the definition must stand on its own).
 */
final class ModuleCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModuleCheck() {
    }

    static void check(JsonNode root, ValidationContext context, List<DefinitionProblem> problems) {
        JsonNode modules = root.path("modules");
        modules.fields().forEachRemaining(entry -> {
            String at = "/modules/" + entry.getKey();
            ModuleManifest manifest = context.module(entry.getKey()).orElse(null);
            if (manifest == null) {
                problems.add(new DefinitionProblem(at, "'" + entry.getKey() + "' is not a module of this build; "
                        + "available: " + (context.moduleIds().isEmpty() ? "none" : String.join(", ", context.moduleIds()))));
            } else if (entry.getValue().path("enabled").asBoolean(false)) {
                checkSettings(manifest, entry.getValue().path("settings"), at + "/settings", problems);
                for (String required : manifest.requires()) {
                    if (!modules.path(required).path("enabled").asBoolean(false)) {
                        problems.add(new DefinitionProblem(at, "requires module '" + required
                                + "'; enable it too (" + required + ": {enabled: true})"));
                    }
                }
            }
        });
    }

    private static void checkSettings(ModuleManifest manifest, JsonNode settings, String at, List<DefinitionProblem> problems) {
        Map<String, SettingDef> declared = manifest.settings().stream()
                .collect(Collectors.toMap(SettingDef::key, d -> d));
        settings.fields().forEachRemaining(setting -> {
            SettingDef def = declared.get(setting.getKey());
            if (def == null) {
                problems.add(new DefinitionProblem(at + "/" + setting.getKey(), "is not a setting of '" + manifest.id()
                        + "'; use one of " + (declared.isEmpty() ? "(none)" : String.join(", ", declared.keySet()))));
                return;
            }
            def.validate(JSON.convertValue(setting.getValue(), Object.class))
                    .ifPresent(p -> problems.add(new DefinitionProblem(at + "/" + setting.getKey(), p)));
        });
    }
}
