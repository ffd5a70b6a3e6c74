package org.gridx.core.grid.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A new node (create, or a part of a split / the result of a merge): its code, names, kind, households and
 * boundary. On update every field is optional and null means "leave as it is"; the code never changes there.
 */
public record GridNodeInput(
        @Size(max = 15, message = "a grid code has at most 15 digits") String code,
        @Size(max = 15, message = "a grid code has at most 15 digits") String parent,
        @Size(min = 1, max = 100, message = "1-100 characters") String nameZh,
        @Size(max = 100, message = "at most 100 characters") String nameEn,
        @Size(max = 32, message = "at most 32 characters") String kind,
        @Min(value = 0, message = "cannot be negative") @Max(value = 1_000_000, message = "at most 1,000,000") Integer households,
        JsonNode boundary) {
}
