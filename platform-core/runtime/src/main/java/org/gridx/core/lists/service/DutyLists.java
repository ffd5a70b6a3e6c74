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

    public void remove(UUID id) {
        if (!DutyItem.deleteById(id)) {
            throw ProblemException.notFound("There is no duty " + id + " here.");
        }
    }
}
