package org.gridx.core.assessment.indicator;

import static org.gridx.core.assessment.fact.StatCounter.*;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;

/**
 * The assessment indicators (DOMAIN.md) and their formulas, each a ratio of counters of the cases reported
 * in the period (see {@link StatCounter} for what each counter means). The formula text here is the one the
 * pages and exports show, so the documentation cannot drift from the computation.
 */
public enum Indicator {
    VALID_REPORT_RATE("valid-report-rate", "有效上报率", "Valid report rate", c(VALID), c(REPORTED), true,
            "有效上报数（立案 + 当场解决）÷ 上报数", "valid reports (registered + resolved on the spot) ÷ reports"),
    ON_TIME_VERIFY_RATE("on-time-verify-rate", "按期核实率", "On-time verification rate", c(VERIFIED_ON_TIME),
            c(VERIFIED), true, "按期核实数 ÷ 核实数", "verified within the limit ÷ verified"),
    ON_TIME_CHECK_RATE("on-time-check-rate", "按期核查率", "On-time check rate", c(CHECKS_ON_TIME), c(CHECKS), true,
            "按期核查次数 ÷ 核查次数", "on-site checks within the limit ÷ on-site checks"),
    REGISTER_RATE("register-rate", "立案率", "Registration rate", c(REGISTERED), c(VERIFIED), true,
            "立案数 ÷ 核实数", "registered ÷ verified"),
    ACCURATE_DISPATCH_RATE("accurate-dispatch-rate", "准确派遣率", "Accurate dispatch rate",
            x -> x.get(DISPATCHED) - x.get(RETURNED), c(DISPATCHED), true,
            "（派遣数 − 退回数）÷ 派遣数", "(dispatched − returned as misrouted) ÷ dispatched"),
    ON_TIME_DISPATCH_RATE("on-time-dispatch-rate", "按期派遣率", "On-time dispatch rate", c(DISPATCHED_ON_TIME),
            c(DISPATCHED), true, "按期派遣数 ÷ 派遣数", "dispatched within the limit ÷ dispatched"),
    DISPOSAL_RATE("disposal-rate", "处置率", "Disposal rate", c(HANDLED), c(DISPATCHED), true,
            "处置数 ÷ 应处置数（派遣数）", "handled ÷ to handle (dispatched)"),
    ON_TIME_DISPOSAL_RATE("on-time-disposal-rate", "按期处置率", "On-time disposal rate", c(HANDLED_ON_TIME),
            c(DISPATCHED), true, "按期处置数 ÷ 应处置数", "handled within the limit ÷ to handle"),
    OVERDUE_DISPOSAL_RATE("overdue-disposal-rate", "超期处置率", "Late disposal rate", c(HANDLED_LATE),
            c(DISPATCHED), false, "超期处置数 ÷ 应处置数", "handled after the limit ÷ to handle"),
    OVERDUE_PENDING_RATE("overdue-pending-rate", "超期待处置率", "Overdue pending rate", c(OVERDUE_PENDING),
            c(DISPATCHED), false, "超期未处置数 ÷ 应处置数", "past the limit and not handled ÷ to handle"),
    POSTPONEMENT_RATE("postponement-rate", "延期率", "Postponement rate", c(POSTPONED), c(DISPATCHED), false,
            "延期数 ÷ 应处置数", "postponed ÷ to handle"),
    CLOSE_RATE("close-rate", "结案率", "Close rate", c(CLOSED), c(VALID), true,
            "结案数 ÷ 有效上报数", "closed ÷ valid reports"),
    ON_TIME_CLOSE_RATE("on-time-close-rate", "按期结案率", "On-time close rate", c(CLOSED_ON_TIME), c(VALID), true,
            "各环节均未超期的结案数 ÷ 有效上报数", "closed with no step late ÷ valid reports"),
    REWORK_RATE("rework-rate", "返工率", "Rework rate", c(REWORKED), c(HANDLED), false,
            "返工数 ÷ 处置数", "reworked ÷ handled"),
    SATISFACTION_RATE("satisfaction-rate", "满意率", "Satisfaction rate", c(SATISFIED), c(RATED), true,
            "满意（4–5 星）评价数 ÷ 评价数", "rated 4 or 5 ÷ rated"),
    AVERAGE_HANDLING_HOURS("average-handling-hours", "平均处置时长", "Average handling time", c(HANDLE_SECONDS),
            c(HANDLED), false, "处置环节总时长（小时）÷ 处置数", "hours in the handling step, all passes ÷ handled");

    private final String code;
    private final LocalizedText name;
    private final ToLongFunction<Counters> numerator;
    private final ToLongFunction<Counters> denominator;
    private final boolean higherIsBetter;
    private final LocalizedText formula;

    Indicator(String code, String zh, String en, ToLongFunction<Counters> numerator, ToLongFunction<Counters> denominator,
            boolean higherIsBetter, String formulaZh, String formulaEn) {
        this.code = code;
        this.name = LocalizedText.of(zh, en);
        this.numerator = numerator;
        this.denominator = denominator;
        this.higherIsBetter = higherIsBetter;
        this.formula = LocalizedText.of(formulaZh, formulaEn);
    }

    private static ToLongFunction<Counters> c(StatCounter counter) {
        return x -> x.get(counter);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return name;
    }

    public LocalizedText formula() {
        return formula;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** True for a duration in hours rather than a share. */
    public boolean isHours() {
        return this == AVERAGE_HANDLING_HOURS;
    }

    public IndicatorValue of(Counters counters) {
        long num = numerator.applyAsLong(counters);
        long den = denominator.applyAsLong(counters);
        Double value = den == 0 ? null : isHours() ? num / 3600.0 / den : (double) num / den;
        return new IndicatorValue(this, num, den, value);
    }

    public static Optional<Indicator> of(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
