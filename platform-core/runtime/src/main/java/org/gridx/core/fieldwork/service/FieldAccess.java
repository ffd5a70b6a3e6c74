package org.gridx.core.fieldwork.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.Caller;
import org.gridx.core.staffing.service.GridTree;

/**
 * Who may do what in field work: grid workers record only inside their grid scope (a node in it or below
 * it); everyone reads the subtrees of their scope and their own records; administrators and the command
 * centre read the whole tenant.
 */
@RequestScoped
public class FieldAccess {

    @Inject
    Caller caller;
    @Inject
    GridTree tree;

    public GridNode recordableNode(String code) {
        GridNode node = tree.node(code, "/grid");
        if (!tree.within(node, caller.scope())) {
            throw ProblemException.forbidden("Grid " + code + " is outside your grid scope " + caller.scope()
                    + "; record it in one of your grids or ask your grid chief to extend your scope.");
        }
        return node;
    }

    public boolean canSee(UUID nodeId, UUID recordedBy) {
        if (caller.tenantWide() || caller.account().id.equals(recordedBy)) {
            return true;
        }
        GridNode node = GridNode.findById(nodeId);
        return node != null && tree.within(node, caller.scope());
    }

    /** Node ids the caller may read, narrowed to the subtree of {@code nodeCode} when given. */
    public Set<UUID> visibleNodes(String nodeCode) {
        Set<UUID> ids = new HashSet<>();
        if (nodeCode != null && !nodeCode.isBlank()) {
            GridNode node = tree.node(nodeCode.strip(), "node");
            if (!caller.tenantWide() && !tree.within(node, caller.scope())) {
                throw ProblemException.forbidden("Grid " + nodeCode + " is outside your grid scope " + caller.scope() + ".");
            }
            ids.addAll(tree.subtreeIds(node.id));
        } else if (caller.tenantWide()) {
            GridNode.<GridNode>listAll().forEach(n -> ids.add(n.id));
        } else {
            caller.scope().forEach(code -> GridNode.findByCode(code).ifPresent(n -> ids.addAll(tree.subtreeIds(n.id))));
        }
        return ids;
    }

    public UUID me() {
        return caller.account().id;
    }

    public boolean isCommand() {
        return caller.tenantWide() || caller.has(Role.Names.SUPERVISOR) || caller.has(Role.Names.GRID_CHIEF)
                || caller.has(Role.Names.INSTRUCTOR);
    }
}
