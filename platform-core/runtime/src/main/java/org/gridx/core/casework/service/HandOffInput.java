package org.gridx.core.casework.service;

import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** What the centre adds when turning a patrol draft or an appeal into a case: the list item it belongs to. */
public record HandOffInput(
        @Pattern(regexp = "problem|service", message = "problem (disposal list) or service (convenience list)") String kind,
        @Pattern(regexp = "[0-9]{5}|L[0-9A-Z-]{1,15}", message = "a list item code such as 06003") String itemCode,
        UUID dutyItemId) {
}
