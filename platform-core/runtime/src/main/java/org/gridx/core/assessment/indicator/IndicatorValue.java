package org.gridx.core.assessment.indicator;

/**
 * One indicator over one set of cases: the two counts it divides and the result — a share 0..1, or hours
 * for the average handling time; null when there is nothing to divide by (no such cases in the period).
 */
public record IndicatorValue(Indicator indicator, long numerator, long denominator, Double value) {
}
