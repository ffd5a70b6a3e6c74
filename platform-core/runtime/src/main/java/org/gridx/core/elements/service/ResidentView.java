package org.gridx.core.elements.service;

import java.util.List;
import java.util.UUID;

/** A resident as the API and pages show it: personal numbers masked, always. */
public record ResidentView(UUID id, String name, String gender, Integer birthYear, String idCard, String phone,
        String gridCode, String householdCode, List<String> tags) {
}
