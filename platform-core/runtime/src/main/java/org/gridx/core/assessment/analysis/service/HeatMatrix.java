package org.gridx.core.assessment.analysis.service;

import java.util.List;

/** Reports of one item per grid (rows) and month (columns, "YYYY-MM"), for a heat map and its table. */
public record HeatMatrix(String itemCode, String itemName, List<String> months, List<String> gridCodes,
        List<String> gridNames, List<List<Long>> values) {
}
