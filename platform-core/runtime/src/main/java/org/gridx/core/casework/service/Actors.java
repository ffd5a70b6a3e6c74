package org.gridx.core.casework.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.core.staffing.service.Caller;

/** The request's caller as an {@link Actor}: roles from the verified token, department and scope from the account. */
@RequestScoped
public class Actors {

    @Inject
    SecurityIdentity identity;
    @Inject
    Caller caller;

    public Actor current() {
        Caller.Standing a = caller.standing();
        return new Actor(a.username(), Set.copyOf(identity.getRoles()), a.department(), a.scope());
    }

    /** The caller's username, from the verified token alone. */
    public String username() {
        return identity.getPrincipal().getName();
    }

    /** {@link #current()}, with the caller's account as a query of this transaction already read it (if it did). */
    public Actor current(java.util.Optional<Caller.Standing> read) {
        read.ifPresent(caller::prime);
        return current();
    }

    public static boolean tenantWide(Actor a) {
        return a.has(Role.Names.DISPATCHER) || a.has(Role.Names.TENANT_ADMIN);
    }
}
