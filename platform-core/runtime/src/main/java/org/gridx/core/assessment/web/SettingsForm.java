package org.gridx.core.assessment.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.service.AssessmentSettingsInput;

/**
 * The settings form's fields ({@code w.<indicator code>}, {@code floor.<grade>}) as the API's input; a blank
 * weight is 0; text that is not a number reaches the rules as no value, so it is refused at its field
 * together with every other wrong field, with the same pointers the API uses.
 */
public final class SettingsForm {

    private SettingsForm() {
    }

    public static AssessmentSettingsInput input(MultivaluedMap<String, String> form) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            String v = value(form, "w." + i.code());
            if (v.isEmpty()) {
                continue;
            }
            weights.put(i.code(), integer(v)); // not a whole number: null, refused at its field by the rules
        }
        Map<String, Double> floors = new LinkedHashMap<>();
        for (String g : AssessmentSettings.GRADES) {
            String v = value(form, "floor." + g);
            floors.put(g, decimal(v)); // blank or not a number: null, refused at its field by the rules
        }
        return new AssessmentSettingsInput(weights, floors);
    }

    private static Integer integer(String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String v) {
        try {
            return v.isEmpty() ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String value(MultivaluedMap<String, String> form, String name) {
        String v = form == null ? null : form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
