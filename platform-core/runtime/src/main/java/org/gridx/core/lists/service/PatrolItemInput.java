package org.gridx.core.lists.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.gridx.core.lists.domain.PatrolItem;

/** One item of the daily patrol checklist; the catalogue matter is optional (kind item or component). */
public record PatrolItemInput(
        @Valid @NotNull DisposalItem.Name text,
        @Pattern(regexp = "component|item", message = "use component or item") String catalogueKind,
        @Pattern(regexp = "[0-9]{5}", message = "a 5-digit catalogue code") String catalogueCode,
        Integer position) {

    public record View(UUID id, DisposalItem.Name text, String catalogueKind, String catalogueCode, int position) {
        public static View of(PatrolItem p) {
            return new View(p.id, new DisposalItem.Name(p.textZh, p.textEn), p.catalogueKind, p.catalogueCode, p.position);
        }
    }
}
