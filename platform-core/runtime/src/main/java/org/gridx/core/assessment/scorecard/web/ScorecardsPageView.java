package org.gridx.core.assessment.scorecard.web;

import java.util.List;

/**
 * What the scorecards page shows: the month (and the latest month the picker offers), the tabs, the table,
 * the freeze state, export links, for the rewards tab each informant's computation, and for a tenant
 * administrator looking at an ended month the freeze form (a reason is asked for when it is frozen already).
 */
public record ScorecardsPageView(String tenant, String month, String maxMonth, String kind, List<Tab> tabs, PageTable table,
        String frozenNote, String frozenReason, String csvHref, String xlsxHref, List<RewardDetail> rewards,
        boolean rulesNotSet, boolean canFreeze, boolean frozen, String error) {

    public ScorecardsPageView withError(String message) {
        return new ScorecardsPageView(tenant, month, maxMonth, kind, tabs, table, frozenNote, frozenReason, csvHref, xlsxHref,
                rewards, rulesNotSet, canFreeze, frozen, message);
    }
}
