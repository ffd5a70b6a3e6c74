package org.gridx.core.assessment.scorecard.web;

import java.util.List;

/**
 * What the scorecards page shows: the month (and the latest month the picker offers), the tabs, the table,
 * the freeze state, export links, and for the rewards tab each informant's computation.
 */
public record ScorecardsPageView(String tenant, String month, String maxMonth, String kind, List<Tab> tabs, PageTable table,
        String frozenNote, String frozenReason, String csvHref, String xlsxHref, List<RewardDetail> rewards,
        boolean rulesNotSet) {
}
