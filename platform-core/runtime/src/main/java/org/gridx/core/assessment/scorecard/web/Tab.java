package org.gridx.core.assessment.scorecard.web;

/** A tab of the scorecards page: one kind of scorecard, or the informants' rewards. */
public record Tab(String code, String label, String href, boolean current) {
}
