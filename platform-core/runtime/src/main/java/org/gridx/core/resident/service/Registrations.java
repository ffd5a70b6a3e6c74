package org.gridx.core.resident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridx.api.event.AccountCreated;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.elements.domain.Place;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.identity.service.PasswordHasher;
import org.gridx.core.resident.domain.ResidentRegistration;

/**
 * 居民注册: a resident account (role resident, no grid scope) and its registration row, pending until the
 * grid's informant or specialist verifies it. Profile changes keep the state, except a new household place,
 * which the grid has to check again.
 */
@ApplicationScoped
@Transactional
public class Registrations {

    @Inject
    PasswordHasher hasher;
    @Inject
    DomainEvents events;
    @Inject
    TenantContext tenant;
    @Inject
    GridxClock clock;
    @Inject
    ResidentContact contact;

    public ResidentRegistration register(RegistrationInput in) {
        RegistrationCheck check = new RegistrationCheck();
        check.username(in.username());
        String name = check.displayName(in.displayName());
        String[] reach = check.contact(in.phone(), in.email());
        check.password(in.password());
        Place place = check.household(in.placeId());
        check.throwIfAny();
        if (Account.findByUsername(in.username()).isPresent()) {
            throw ProblemException.conflict("The username '" + in.username() + "' is taken in this street; choose another "
                    + "(for example add your building number), or sign in if it is yours.");
        }
        Account a = new Account();
        a.username = in.username();
        a.displayName = name;
        a.passwordHash = hasher.hash(in.password());
        a.roles = new ArrayList<>(List.of(Role.Names.RESIDENT));
        a.persist();
        ResidentRegistration r = new ResidentRegistration();
        r.accountId = a.id;
        r.username = a.username;
        r.displayName = name;
        contact.seal(r, reach[0], reach[1]);
        r.placeId = place.id;
        r.gridNodeId = place.gridNodeId;
        r.persist();
        events.publish(new AccountCreated(tenant.require(), clock.now(), a.username, Set.of(Role.Names.RESIDENT)));
        return r;
    }

    public ResidentRegistration mine(String username) {
        return ResidentRegistration.byUsername(username).orElseThrow(() -> ProblemException.notFound(
                "Your account has no resident registration in this street; register at …/register first."));
    }

    public ResidentRegistration update(String username, ProfileInput in) {
        ResidentRegistration r = mine(username);
        RegistrationCheck check = new RegistrationCheck();
        String name = check.displayName(in.displayName());
        String[] reach = check.contact(in.phone(), in.email());
        Place place = in.placeId() == null || in.placeId().equals(r.placeId) ? null : check.household(in.placeId());
        check.throwIfAny();
        r.displayName = name;
        contact.seal(r, reach[0], reach[1]);
        // a new address, or any correction after a rejection, is the grid's to check again
        if (place != null || ResidentRegistration.REJECTED.equals(r.state)) {
            r.placeId = place == null ? r.placeId : place.id;
            r.gridNodeId = place == null ? r.gridNodeId : place.gridNodeId;
            r.state = ResidentRegistration.PENDING;
            r.decidedBy = null;
            r.decidedAt = null;
            r.reason = null;
        }
        r.updatedAt = Instant.now();
        Account.findByUsername(username).ifPresent(a -> {
            a.displayName = name;
            a.updatedAt = Instant.now();
        });
        return r;
    }
}
