package org.gridx.core.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.domain.CatalogueEntry;
import org.gridx.core.lists.domain.PatrolItem;

/** The informants' daily patrol checklist (日常巡查清单). Removing retires an item: past rounds keep it. */
@ApplicationScoped
@Transactional
public class PatrolChecklist {

    public List<PatrolItemInput.View> current() {
        return PatrolItem.activeChecklist().stream().map(PatrolItemInput.View::of).toList();
    }

    public PatrolItemInput.View add(PatrolItemInput in) {
        String kind = in.catalogueCode() == null ? null : in.catalogueKind() == null ? CatalogueEntry.ITEM : in.catalogueKind();
        if (in.catalogueCode() != null && CatalogueEntry.byKindAndCode(kind, in.catalogueCode()).isEmpty()) {
            throw ProblemException.invalid("Unknown catalogue code.", List.of(new FieldProblem("/catalogueCode",
                    "'" + in.catalogueCode() + "' is not a " + kind + " of the national catalogue (GET /api/catalogue)")));
        }
        PatrolItem p = new PatrolItem();
        p.textZh = in.text().zh();
        p.textEn = in.text().enOrZh();
        p.catalogueKind = kind;
        p.catalogueCode = in.catalogueCode();
        p.position = in.position() == null ? (int) PatrolItem.count() : in.position();
        p.persist();
        return PatrolItemInput.View.of(p);
    }

    public void retire(UUID id) {
        PatrolItem p = PatrolItem.<PatrolItem>findByIdOptional(id).filter(i -> i.active)
                .orElseThrow(() -> ProblemException.notFound("There is no checklist item " + id + " here."));
        p.active = false;
    }
}
