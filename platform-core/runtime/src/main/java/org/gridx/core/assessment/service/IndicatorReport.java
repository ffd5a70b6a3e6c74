package org.gridx.core.assessment.service;

import java.util.List;
import org.gridx.core.assessment.indicator.Weights;

/** The rows of one indicator request and the weights their scores are made with. */
public record IndicatorReport(IndicatorRequest request, Weights weights, List<IndicatorRow> rows) {
}
