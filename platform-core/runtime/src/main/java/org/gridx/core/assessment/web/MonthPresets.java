package org.gridx.core.assessment.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** The month picker: the last twelve months (YYYY-MM) and the period a chosen month stands for. */
public final class MonthPresets {

    private MonthPresets() {
    }

    public static List<String> lastTwelve(LocalDate today) {
        List<String> months = new ArrayList<>();
        YearMonth m = YearMonth.from(today);
        for (int i = 0; i < 12; i++) {
            months.add(m.minusMonths(i).toString());
        }
        return months;
    }

    /** {first day, last day} of {@code month} (YYYY-MM); 422 naming the field when it is not a month. */
    public static LocalDate[] range(String month) {
        try {
            YearMonth m = YearMonth.parse(month.strip());
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("Not a month: " + month, List.of(new FieldProblem("month", "a month as YYYY-MM")));
        }
    }
}
