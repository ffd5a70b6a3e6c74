package org.gridx.core.resident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gridx.api.resident.ResidentDirectory;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.resident.domain.ResidentRegistration;

/**
 * The core's answer to "who is this resident?" for modules, in the current tenant: a registered resident is
 * an active account with the resident role and a registration row; verified only once the grid said so.
 */
@ApplicationScoped
@Transactional
public class CoreResidentDirectory implements ResidentDirectory {

    @Override
    public Optional<ResidentProfile> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<Account> account = Account.findByUsername(username)
                .filter(a -> a.isActive() && a.roles.contains(org.gridx.api.identity.Role.Names.RESIDENT));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return ResidentRegistration.byUsername(username).map(CoreResidentDirectory::profile);
    }

    static ResidentProfile profile(ResidentRegistration r) {
        GridNode grid = GridNode.findById(r.gridNodeId);
        GridNode community = grid.parentId == null ? null : GridNode.findById(grid.parentId);
        return new ResidentProfile(r.username, r.displayName, r.placeId, grid.code,
                community == null ? null : community.code, r.verified(), r.verified() ? r.decidedAt : null);
    }
}
