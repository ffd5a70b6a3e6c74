package org.gridx.core.grid.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gridx.core.grid.service.GridNodeInput;

/** The parts a node splits into: at least two, each with code, names, kind and a boundary. */
public record SplitRequest(
        @NotNull(message = "list the parts") @Size(min = 2, max = 50, message = "2 to 50 parts") List<@Valid GridNodeInput> parts) {
}
