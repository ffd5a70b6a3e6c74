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

    /**
     * The checklist of a tenant definition (patrol.yaml), in file order, items keyed by their Chinese text:
     * a new text is added, a known one (also a retired one, which comes back) is updated where its English
     * text, catalogue matter, position or active flag differ. Active items the file no longer has are
     * retired, as {@link #retire} does (past rounds keep them), and reported as absent. The same file again
     * writes nothing. Catalogue codes are checked by the definition validator before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListSync sync(List<PatrolItemInput> spec) {
        java.util.Map<String, PatrolItem> existing = new java.util.LinkedHashMap<>();
        PatrolItem.<PatrolItem>listAll(io.quarkus.panache.common.Sort.by("active").descending().and("position").and("id"))
                .forEach(p -> existing.putIfAbsent(p.textZh, p));
        List<String> created = new java.util.ArrayList<>();
        List<String> updated = new java.util.ArrayList<>();
        List<String> unchanged = new java.util.ArrayList<>();
        int position = 0;
        for (PatrolItemInput in : spec) {
            String kind = in.catalogueCode() == null ? null : in.catalogueKind() == null ? CatalogueEntry.ITEM : in.catalogueKind();
            PatrolItem p = existing.remove(in.text().zh());
            if (p == null) {
                p = new PatrolItem();
                p.textZh = in.text().zh();
                p.textEn = in.text().enOrZh();
                p.catalogueKind = kind;
                p.catalogueCode = in.catalogueCode();
                p.position = position;
                p.persist();
                created.add(p.textZh);
            } else if (!p.active || p.position != position || !p.textEn.equals(in.text().enOrZh())
                    || !java.util.Objects.equals(p.catalogueKind, kind) || !java.util.Objects.equals(p.catalogueCode, in.catalogueCode())) {
                p.textEn = in.text().enOrZh();
                p.catalogueKind = kind;
                p.catalogueCode = in.catalogueCode();
                p.position = position;
                p.active = true;
                updated.add(p.textZh);
            } else {
                unchanged.add(p.textZh);
            }
            position++;
        }
        List<String> absent = new java.util.ArrayList<>();
        existing.values().stream().filter(p -> p.active).forEach(p -> {
            p.active = false;
            absent.add(p.textZh);
        });
        return new ListSync(created, updated, unchanged, absent);
    }

    public void retire(UUID id) {
        PatrolItem p = PatrolItem.<PatrolItem>findByIdOptional(id).filter(i -> i.active)
                .orElseThrow(() -> ProblemException.notFound("There is no checklist item " + id + " here."));
        p.active = false;
    }
}
