package org.gridx.core.casework.domain;

import java.util.Arrays;
import java.util.Optional;
import org.gridx.api.i18n.LocalizedText;

/** What can happen to a case; each is a row (or several) of {@link CaseTransitions}. */
public enum CaseAction {
    REPORT("report", "采集上报", "Report"),
    REGISTER("register", "核实立案", "Register"),
    REJECT("reject", "不予立案", "Reject"),
    RESOLVE_ON_SPOT("resolve-on-spot", "现场处置", "Resolve on the spot"),
    MERGE("merge", "合并", "Merge as duplicate"),
    DISPATCH("dispatch", "指挥派遣", "Dispatch"),
    ACCEPT("accept", "签收", "Accept"),
    RETURN("return", "退回", "Return as misrouted"),
    HANDLE("handle", "处理反馈", "Handle and feed back"),
    REQUEST_POSTPONEMENT("request-postponement", "申请延期", "Request postponement"),
    APPROVE_POSTPONEMENT("approve-postponement", "批准延期", "Approve postponement"),
    DENY_POSTPONEMENT("deny-postponement", "驳回延期", "Deny postponement"),
    CLOSE("close", "核查结案", "Check and close"),
    REWORK("rework", "返工", "Send back for rework"),
    EVALUATE("evaluate", "考核评价", "Evaluate"),
    ESCALATE("escalate", "上报升级", "Escalate"),
    OVERDUE("overdue", "超期", "Overdue"),
    REMIND("remind", "催办", "Reminder"),
    ADD_REPORTER("add-reporter", "合并上报人", "Reporter added");

    private final String code;
    private final LocalizedText label;

    CaseAction(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    public static Optional<CaseAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
