package org.gridx.core.demo.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What history to generate: cases (reported events), over how many days up to now, household visits,
 * resident appeals, and the seed that makes it repeatable. Missing values take the seed report's year:
 * 314 events, 36,827 visits, 318 appeals in 365 days.
 */
public record HistoryInput(
        @Min(value = 0, message = "0 or more cases") @Max(value = 2_000_000, message = "at most 2,000,000 cases per run") Integer cases,
        @Min(value = 1, message = "at least 1 day") @Max(value = 3660, message = "at most 3660 days (ten years)") Integer days,
        @Min(value = 0, message = "0 or more visits") @Max(value = 2_000_000, message = "at most 2,000,000 visits") Integer visits,
        @Min(value = 0, message = "0 or more appeals") @Max(value = 200_000, message = "at most 200,000 appeals") Integer appeals,
        @Min(value = 0, message = "a seed from 0") @Max(value = 99_999, message = "a seed up to 99999 (it is part of each case number)") Long seed) {

    public HistoryInput withDefaults() {
        return new HistoryInput(cases == null ? 314 : cases, days == null ? 365 : days, visits == null ? 36_827 : visits,
                appeals == null ? 318 : appeals, seed == null ? 2019L : seed);
    }
}
