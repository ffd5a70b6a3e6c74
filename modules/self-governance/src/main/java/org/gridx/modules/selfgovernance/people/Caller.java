package org.gridx.modules.selfgovernance.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gridx.modules.selfgovernance.common.Participants;

/**
 * The caller of meetings, proposals, polls and elections (from the verified token, through the module's
 * {@link Participants}): the username every row names people by, whether they organise, and the
 * verified-resident gate.
 */
@RequestScoped
public class Caller {

    @Inject
    Participants participants;
    @Inject
    VerifiedResidents residents;

    public String username() {
        return participants.current().username();
    }

    public boolean organises() {
        return Organisers.ROLES.stream().anyMatch(participants.current()::has);
    }

    /** 403 unless the caller is a verified resident; {@code act} names what they tried, for the message. */
    public void requireVerified(String act) {
        residents.require(username(), act);
    }
}
