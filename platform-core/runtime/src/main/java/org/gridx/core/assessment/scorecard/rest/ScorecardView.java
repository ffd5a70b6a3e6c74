package org.gridx.core.assessment.scorecard.rest;

import java.time.Instant;
import java.util.List;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.scorecard.service.FreezeRecord;
import org.gridx.core.assessment.scorecard.service.Scorecard;
import org.gridx.core.assessment.scorecard.service.ScorecardTable;

/** A scorecard as the API answers it; indicator values are shares 0..1 (hours for the handling time). */
public record ScorecardView(String month, String kind, boolean frozen, Instant frozenAt, String frozenBy, String freezeReason,
        int freezeCount, List<Column> indicators, List<Row> rows) {

    public record Column(String code, String zh, String en, String formulaZh, String formulaEn, boolean higherIsBetter) {
    }

    public record Value(String code, long numerator, long denominator, Double value) {
    }

    public record Row(String key, String nameZh, String nameEn, long cases, List<Value> indicators, Double score,
            String grade, Integer rank, Double previousScore, Integer previousRank, Double pointsChange, Integer rankChange) {
    }

    public static ScorecardView of(Scorecard c) {
        FreezeRecord f = c.frozen();
        List<Indicator> ind = c.kind().indicators();
        return new ScorecardView(c.month().toString(), c.kind().code(), f != null, f == null ? null : f.frozenAt(),
                f == null ? null : f.frozenBy(), f == null ? null : f.reason(), f == null ? 0 : f.times(),
                ind.stream().map(i -> new Column(i.code(), i.label().zh(), i.label().en(), i.formula().zh(), i.formula().en(),
                        i.higherIsBetter())).toList(),
                c.rows().stream().map(r -> new Row(r.line().entity().key(), r.line().entity().nameZh(), r.line().entity().nameEn(),
                        r.line().counters().get(c.kind().count()), ind.stream().map(i -> i.of(r.line().counters()))
                        .map(v -> new Value(v.indicator().code(), v.numerator(), v.denominator(), v.value())).toList(),
                        r.line().score(), r.line().grade(), r.line().rank(), r.previousScore(), r.previousRank(),
                        r.pointsChange(), r.rankChange())).toList());
    }

    static String title(Scorecard c, boolean en) {
        return (en ? "Scorecard " : "月度考核 ") + c.kind().code() + " " + c.month();
    }

    static int gradeColumn(Scorecard c) {
        return ScorecardTable.gradeColumn(c.kind());
    }
}
