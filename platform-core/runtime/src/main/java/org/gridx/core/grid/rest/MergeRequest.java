package org.gridx.core.grid.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.gridx.core.grid.service.GridNodeInput;

/** Sibling codes to merge, and the merged node (code optional: next free; boundary is always the union). */
public record MergeRequest(
        @NotNull(message = "list the codes to merge") @Size(min = 2, max = 50, message = "2 to 50 codes") List<String> codes,
        @NotNull(message = "describe the merged node: nameZh at least") @Valid GridNodeInput into) {
}
