package org.gridx.core.elements.service;

import java.util.List;
import java.util.UUID;

/** A resident input that passed every check: values normalised, grid resolved, tags as codes. */
public record ResidentDraft(String name, String gender, Integer birthYear, String idCard, String phone, UUID gridId,
        String householdCode, String address, List<String> tags) {
}
