package org.gridx.core.assessment.web;

import java.util.List;

/**
 * The settings page: one field per indicator weight and per grade floor with its value (as submitted when a
 * save was refused) and its error, the error of the weights as a whole (their sum), and who changed them last.
 */
public record SettingsPageView(String tenant, boolean admin, boolean saved, String error, List<WeightField> weights,
        String weightsError, int sum, List<FloorField> floors, boolean isDefault, String lastChanged) {

    public record WeightField(String code, String label, String formula, String value, String error, boolean hours) {
    }

    public record FloorField(String grade, String value, String error) {
    }

    public boolean anyError() {
        return error != null;
    }
}
