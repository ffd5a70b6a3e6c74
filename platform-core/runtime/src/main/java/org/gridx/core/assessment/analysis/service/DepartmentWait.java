package org.gridx.core.assessment.analysis.service;

import java.util.Map;

/**
 * Where one department's cases wait: cases reported in the period counted under it, how many were
 * dispatched to it, average hours per step (null when no case passed the step), the shares returned (退回,
 * of dispatched), reworked (返工, of handled) and overdue (handled late or pending past the limit now, of
 * dispatched) in percent, and the step with the longest average.
 */
public record DepartmentWait(String code, String name, long cases, long dispatched, Map<Step, Double> hours,
        Double returnedShare, Double reworkedShare, Double overdueShare, Step worstStep, Double worstHours) {
}
