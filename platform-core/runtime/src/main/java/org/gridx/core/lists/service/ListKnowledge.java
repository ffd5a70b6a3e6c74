package org.gridx.core.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.core.lists.domain.CatalogueEntry;
import org.gridx.core.organisation.domain.Department;

/** The current tenant's departments and the catalogue, as {@link DisposalItemCheck} needs them. */
@ApplicationScoped
public class ListKnowledge {

    public DisposalItemCheck.Known current() {
        Set<String> departments = Department.<Department>listAll().stream().map(d -> d.code).collect(Collectors.toSet());
        Set<String> catalogue = CatalogueEntry.<CatalogueEntry>listAll().stream()
                .map(e -> e.code + ":" + e.kind).collect(Collectors.toSet());
        return new DisposalItemCheck.Known(departments, catalogue::contains);
    }
}
