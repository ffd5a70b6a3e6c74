package org.gridx.modules.selfgovernance.meeting.domain;

import java.util.Arrays;
import java.util.Optional;

/** The three meetings of 网格化+居民自治, by the code the API and the table use. */
public enum MeetingKind {
    /** 民情问需会: residents bring what they need; staff listen and take it up. */
    PUBLIC_NEEDS("public-needs"),
    /** 四方共议: party branch, residents' committee, owners' committee and property company decide together. */
    FOUR_PARTY("four-party"),
    /** 网格党群议事会: the grid's party members and residents deliberate. */
    PARTY_MASSES("party-masses");

    public static final String CODES = "public-needs|four-party|party-masses";

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MeetingKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
