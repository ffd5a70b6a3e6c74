package org.gridx.core.elements.service;

/** One problem of an import file: the row number as Excel shows it (header = 1), the column header, why. */
public record RowError(int row, String column, String reason) {
}
