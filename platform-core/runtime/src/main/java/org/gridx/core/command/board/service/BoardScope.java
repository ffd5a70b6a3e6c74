package org.gridx.core.command.board.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.Caller;
import org.gridx.core.staffing.service.GridTree;

/**
 * Which grid nodes the caller's board may show. The command centre and administrators see the whole tree;
 * other staff only the subtrees of their grid scope, as their account has it now (as casework's CaseAccess
 * reads it). A node outside is answered as not existing, so a community chief cannot even learn the codes
 * of another community's grids.
 */
@RequestScoped
public class BoardScope {

    @Inject
    Caller caller;
    @Inject
    GridTree tree;

    /** The node asked for, or the caller's own top node when {@code code} is empty. */
    public GridNode node(String code) {
        if (code == null || code.isBlank()) {
            return home();
        }
        GridNode n = GridNode.findLive(code.strip()).orElse(null);
        if (n == null || !sees(n)) {
            throw ProblemException.notFound("There is no grid node '" + code + "' that you can see.");
        }
        return n;
    }

    public boolean sees(GridNode n) {
        return caller.tenantWide() || tree.within(n, caller.scope());
    }

    /** The board's first view: the tenant's top node, or the first node of the caller's scope. */
    public GridNode home() {
        if (caller.tenantWide()) {
            return GridNode.<GridNode>find("parentId is null and retiredAt is null order by level, code").firstResultOptional()
                    .orElseThrow(() -> ProblemException.notFound("This tenant has no grid yet; import the grid first."));
        }
        List<String> scope = caller.scope();
        return scope.stream().flatMap(c -> GridNode.findLive(c).stream()).findFirst()
                .orElseThrow(() -> ProblemException.forbidden("Your account has no grid scope, so the board has nothing "
                        + "to show you; ask your tenant administrator to give your account its grid nodes."));
    }
}
