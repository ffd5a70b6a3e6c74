package org.gridx.core.assessment.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.service.AssessmentSettingsInput;

/**
 * The settings form's fields ({@code w.<indicator code>}, {@code floor.<grade>}) as the API's input; a blank
 * weight is 0, text that is not a number is refused at its field with the same pointers the API uses.
 */
public final class SettingsForm {

    private SettingsForm() {
    }

    public static AssessmentSettingsInput input(MultivaluedMap<String, String> form) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            String v = value(form, "w." + i.code());
            if (v.isEmpty()) {
                continue;
            }
            try {
                weights.put(i.code(), Integer.valueOf(v));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("/weights/" + i.code(), "a whole number from 0 to 100"));
            }
        }
        Map<String, Double> floors = new LinkedHashMap<>();
        for (String g : AssessmentSettings.GRADES) {
            String v = value(form, "floor." + g);
            try {
                floors.put(g, v.isEmpty() ? null : Double.valueOf(v));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("/gradeFloors/" + g, "the lowest score of grade " + g + ", from 0 to 100"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The assessment settings were not saved: " + problems.get(0).message(), problems);
        }
        return new AssessmentSettingsInput(weights, floors);
    }

    public static String value(MultivaluedMap<String, String> form, String name) {
        String v = form == null ? null : form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
