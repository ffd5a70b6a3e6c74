package org.gridx.core.elements.service;

import java.util.List;

/** A parsed upload: the header cells and the data rows, each with its row number in the file (header = 1). */
public record Table(List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {
        public String cell(int i) {
            return i < 0 || i >= cells.size() ? null : cells.get(i);
        }
    }
}
