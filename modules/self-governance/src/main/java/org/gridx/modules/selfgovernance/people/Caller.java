package org.gridx.modules.selfgovernance.people;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, from the verified token only: the username every row of meetings, proposals, polls and
 * elections names people by, and whether they are staff who may organise.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;
    @Inject
    VerifiedResidents residents;

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean organises() {
        return Participants.ORGANISER_ROLES.stream().anyMatch(identity::hasRole);
    }

    /** 403 unless the caller is a verified resident; {@code act} names what they tried, for the message. */
    public void requireVerified(String act) {
        residents.require(username(), act);
    }
}
