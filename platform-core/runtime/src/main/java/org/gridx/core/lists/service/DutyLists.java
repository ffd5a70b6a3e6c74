package org.gridx.core.lists.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.domain.DutyItem;

/** The party-building, comprehensive-governance and convenience-service responsibility lists (三张清单). */
@ApplicationScoped
@Transactional
public class DutyLists {

    /** Duties filtered by list, role and level (each optional), in list order. */
    public List<DutyInput.View> find(String list, String role, Integer level) {
        return DutyItem.<DutyItem>find("(:list = '' or list = :list) and (:role = '' or role = :role) and (:level < 0 or level = :level)",
                        Sort.by("list", "level", "position", "id"),
                        Parameters.with("list", list == null ? "" : list).and("role", role == null ? "" : role)
                                .and("level", level == null ? -1 : level))
                .stream().map(DutyInput.View::of).toList();
    }

    public DutyInput.View add(DutyInput in) {
        if (Role.fromCode(in.role()).filter(Role::isTenantRole).filter(r -> r != Role.RESIDENT).isEmpty()) {
            throw ProblemException.invalid("Unknown role.", List.of(new FieldProblem("/role",
                    "'" + in.role() + "' is not a staff role; use e.g. grid-chief, informant, instructor, specialist")));
        }
        DutyItem d = new DutyItem();
        d.list = in.list();
        d.role = in.role();
        d.level = in.level();
        d.textZh = in.text().zh();
        d.textEn = in.text().enOrZh();
        d.frequency = in.frequency();
        d.position = in.position() == null ? (int) DutyItem.count("list", in.list()) : in.position();
        d.persist();
        return DutyInput.View.of(d);
    }

    /** The key a definition identifies a duty by (there is no code): list, role, level and Chinese text. */
    public static String key(String list, String role, int level, String textZh) {
        return list + "/" + role + "/" + level + "/" + textZh;
    }

    /**
     * The duties of a tenant definition (duties.yaml), in file order: a duty with the same key is updated
     * where its English text, frequency or position differ, a new one is added. Duties the file no longer
     * has are kept (an import never deletes; an admin removes them) and reported as absent. The same file
     * again writes nothing. Roles and levels are checked by the definition validator before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListSync sync(List<DutyInput> spec) {
        java.util.Map<String, DutyItem> existing = new java.util.LinkedHashMap<>();
        DutyItem.<DutyItem>listAll(Sort.by("list", "level", "position", "id"))
                .forEach(d -> existing.putIfAbsent(key(d.list, d.role, d.level, d.textZh), d));
        List<String> created = new java.util.ArrayList<>();
        List<String> updated = new java.util.ArrayList<>();
        List<String> unchanged = new java.util.ArrayList<>();
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (DutyInput in : spec) {
            String key = key(in.list(), in.role(), in.level(), in.text().zh());
            int position = positions.merge(in.list(), 1, Integer::sum) - 1;
            DutyItem d = existing.remove(key);
            if (d == null) {
                d = new DutyItem();
                d.list = in.list();
                d.role = in.role();
                d.level = in.level();
                d.textZh = in.text().zh();
                d.textEn = in.text().enOrZh();
                d.frequency = in.frequency();
                d.position = position;
                d.persist();
                created.add(key);
            } else if (!d.textEn.equals(in.text().enOrZh()) || !d.frequency.equals(in.frequency()) || d.position != position) {
                d.textEn = in.text().enOrZh();
                d.frequency = in.frequency();
                d.position = position;
                updated.add(key);
            } else {
                unchanged.add(key);
            }
        }
        return new ListSync(created, updated, unchanged, List.copyOf(existing.keySet()));
    }

    public void remove(UUID id) {
        if (!DutyItem.deleteById(id)) {
            throw ProblemException.notFound("There is no duty " + id + " here.");
        }
    }
}
