package org.gridx.modules.selfgovernance.meeting.domain;

import java.util.List;

/** The four parties of 四方共议, by code: each sends one representative to a four-party meeting. */
public final class Party {

    public static final List<String> FOUR = List.of("party-branch", "residents-committee", "owners-committee",
            "property-company");

    private Party() {
    }
}
