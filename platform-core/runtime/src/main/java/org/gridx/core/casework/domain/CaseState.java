package org.gridx.core.casework.domain;

import java.util.Arrays;
import java.util.Optional;
import org.gridx.api.i18n.LocalizedText;

/** Where a case stands in the six-step loop. {@code NEW} exists only as the "from" of the first entry. */
public enum CaseState {
    NEW("new", "新建", "New"),
    REPORTED("reported", "已上报", "Reported"),
    REGISTERED("registered", "已立案", "Registered"),
    REJECTED("rejected", "不予立案", "Rejected"),
    DISPATCHED("dispatched", "已派遣", "Dispatched"),
    ACCEPTED("accepted", "已签收", "Accepted"),
    HANDLED("handled", "已处置", "Handled"),
    CLOSED("closed", "已结案", "Closed"),
    EVALUATED("evaluated", "已评价", "Evaluated"),
    MERGED("merged", "已合并", "Merged");

    private final String code;
    private final LocalizedText label;

    CaseState(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    /** Still moving through the loop: has a step deadline and can be escalated. */
    public boolean open() {
        return this == REPORTED || this == REGISTERED || this == DISPATCHED || this == ACCEPTED || this == HANDLED;
    }

    public static Optional<CaseState> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
