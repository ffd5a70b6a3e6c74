package org.gridx.modules.selfgovernance.meeting.web;

import org.jboss.resteasy.reactive.RestForm;

/** The posted fields of the "call a meeting" form (too many for one method's parameters). */
public class MeetingFields {

    @RestForm String kind;
    @RestForm String title;
    @RestForm String gridCode;
    @RestForm String venue;
    @RestForm String startsAt;
    @RestForm String endsAt;
    @RestForm String capacity;
    @RestForm String agenda;
    @RestForm String partyBranch;
    @RestForm String residentsCommittee;
    @RestForm String ownersCommittee;
    @RestForm String propertyCompany;

    MeetingForm form() {
        return new MeetingForm(kind, title, gridCode, venue, startsAt, endsAt, capacity, agenda, partyBranch,
                residentsCommittee, ownersCommittee, propertyCompany);
    }
}
