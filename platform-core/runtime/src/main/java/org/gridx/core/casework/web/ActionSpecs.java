package org.gridx.core.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.core.casework.domain.CaseAction;

/**
 * The forms for a case's next moves, in the page's language. Which fields each action needs follows the
 * steps' guards (a reason to reject, return, rework, escalate or postpone; result photos to feed back),
 * so the form asks for them up front instead of the server refusing the first try.
 */
public final class ActionSpecs {

    private ActionSpecs() {
    }

    /** Forms for {@code actions} of {@code row}, skipping those the case's situation rules out. */
    public static List<ActionSpec> of(CaseRow row, List<String> actions, Locale locale, Map<String, String> departments) {
        CaseMessages t = CaseTexts.in(locale);
        List<ActionSpec> specs = new ArrayList<>();
        for (String code : actions) {
            CaseAction a = CaseAction.of(code).orElse(null);
            if (a == null) {
                continue;
            }
            String label = a.label().in(locale);
            switch (a) {
                case REGISTER, ACCEPT, APPROVE_POSTPONEMENT -> {
                    if (a != CaseAction.APPROVE_POSTPONEMENT || row.postponementAsked() != null) {
                        specs.add(simple(code, a == CaseAction.APPROVE_POSTPONEMENT
                                ? label + " (" + row.postponementAsked() + ")" : label));
                    }
                }
                case DISPATCH -> {
                    if (!row.isProblem() || row.suggested() == null) {
                        // a service request goes to whoever holds the duty's post; nothing to choose here
                        specs.add(simple(code, label));
                    } else {
                        specs.add(simple(code, t.act_dispatch_to(row.suggestedName())));
                        List<ActionSpec.Option> options = departments.entrySet().stream()
                                .sorted(Map.Entry.comparingByKey())
                                .map(e -> new ActionSpec.Option(e.getKey(), e.getValue() + "（" + e.getKey() + "）")).toList();
                        specs.add(new ActionSpec("dispatch-other", code, t.act_dispatch_other(), "required", t.act_reason(),
                                options, false, false, List.of(), false, null, false));
                    }
                }
                case MERGE -> {
                    if (row.duplicateOf() != null) {
                        specs.add(new ActionSpec(code, code, t.act_merge_into(row.duplicateNumber()), "none", null, null,
                                false, false, List.of(), false, row.duplicateOf(), true));
                    }
                }
                case REJECT, RETURN, REWORK, ESCALATE -> specs.add(reason(code, label, t));
                case DENY_POSTPONEMENT -> {
                    if (row.postponementAsked() != null) {
                        specs.add(reason(code, label, t));
                    }
                }
                case REQUEST_POSTPONEMENT -> {
                    if (row.postponementAsked() == null) {
                        specs.add(new ActionSpec(code, code, label, "required", t.act_reason(), null, true, false,
                                List.of(), false, null, false));
                    }
                }
                case HANDLE -> specs.add(new ActionSpec(code, code, label, "required", t.act_handled_note(), null, false,
                        false, List.of("photos"), row.isProblem(), null, true));
                case CLOSE -> specs.add(new ActionSpec(code, code, label, "optional", t.act_check_note(), null, false,
                        false, List.of("photos"), false, null, true));
                case RESOLVE_ON_SPOT -> specs.add(new ActionSpec(code, code, label, "required", t.act_handled_note(), null,
                        false, false, List.of("photosBefore", "photosAfter"), true, null, false));
                case EVALUATE -> specs.add(new ActionSpec(code, code, label, "optional", t.act_comment(), null, false, true,
                        List.of(), false, null, true));
                default -> {
                    // the timers' own moves (overdue, remind, add-reporter) have no form
                }
            }
        }
        return specs;
    }

    private static ActionSpec simple(String code, String label) {
        return new ActionSpec(code, code, label, "none", null, null, false, false, List.of(), false, null, true);
    }

    private static ActionSpec reason(String code, String label, CaseMessages t) {
        return new ActionSpec(code, code, label, "required", t.act_reason(), null, false, false, List.of(), false, null, false);
    }
}
