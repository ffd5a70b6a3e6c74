package org.gridx.core.elements.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A place (地) to register: its kind, name, parent (required unless a compound) and grid (a child inherits its
 * parent's grid when none is given).
 */
public record PlaceInput(@NotBlank @Pattern(regexp = "compound|building|unit|house") String kind,
        @NotBlank @Size(max = 100) String name, UUID parentId, @Size(max = 15) String gridCode) {
}
