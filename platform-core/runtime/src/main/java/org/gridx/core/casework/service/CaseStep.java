package org.gridx.core.casework.service;

import org.gridx.core.casework.domain.CaseAction;

/**
 * The guard and effect of one action. The transition table has already checked the state and the role;
 * a step checks what needs the case and the caller (their department, their grid, a reason, photos) and
 * changes the case's fields. It never writes the timeline: {@link CaseFlow} does, once, for every step.
 */
public interface CaseStep {

    CaseAction action();

    void apply(StepContext ctx);
}
