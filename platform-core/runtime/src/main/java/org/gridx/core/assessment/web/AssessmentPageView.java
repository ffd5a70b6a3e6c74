package org.gridx.core.assessment.web;

import java.util.List;
import java.util.Map;

/**
 * What the indicators page shows: the form as submitted (and its choices), the table (null when the request
 * was refused), the field errors of a refused request, the formulas and the weights behind the grades.
 */
public record AssessmentPageView(String tenant, Form form, List<Option> months, List<Option> nodes, List<Option> groupings,
        IndicatorTableView table, String exportQuery, String error, Map<String, String> fieldErrors,
        List<Legend> legend, List<Option> weights, List<Option> floors) {

    /** The submitted values (blank when absent). */
    public record Form(String month, String from, String to, String node, String by) {
    }

    public record Option(String value, String label) {
    }

    public record Legend(String code, String label, String formula, boolean higherIsBetter, boolean hours) {
    }

    /** Each field's error as (field, message), to link from the summary to the field. */
    public List<Option> errorList() {
        return fieldErrors.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
    }

    public String fieldError(String field) {
        return fieldErrors.get(field);
    }
}
