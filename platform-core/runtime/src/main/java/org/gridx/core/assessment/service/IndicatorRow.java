package org.gridx.core.assessment.service;

import java.util.Arrays;
import java.util.List;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.IndicatorValue;
import org.gridx.core.assessment.indicator.Score;
import org.gridx.core.assessment.indicator.Weights;

/** One entity's figures (a node, a department or a reporter): its code, its name and its summed counters. */
public record IndicatorRow(String code, LocalizedText name, Counters counters) {

    public List<IndicatorValue> values() {
        return Arrays.stream(Indicator.values()).map(i -> i.of(counters)).toList();
    }

    public Score score(Weights weights) {
        return Score.of(counters, weights);
    }
}
