package org.gridx.core.assessment.analysis.service;

import java.util.List;

/** Departments by their slowest step (worst first), and the open cases waiting longest with each now. */
public record BottleneckReport(Period period, List<DepartmentWait> departments, List<StuckCase> stuck, int stuckPerDepartment) {
}
