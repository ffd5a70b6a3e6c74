package org.gridx.core.elements.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns a table into resident drafts and row errors: every row checked like a single registration, plus
 * duplicates inside the file and ID numbers already registered in the tenant.
 */
public final class ResidentRows {

    public record Parsed(List<Table.Row> rowsIn, List<Numbered> drafts, List<RowError> errors) {
        public int errorRows() {
            return (int) errors.stream().mapToInt(RowError::row).distinct().count();
        }
    }

    public record Numbered(int row, ResidentDraft draft) {
    }

    private ResidentRows() {
    }

    public static Parsed parse(Table t, Function<String, UUID> grids, Predicate<String> idCardTaken) {
        Map<ResidentColumns, Integer> at = ResidentColumns.locate(t.header());
        List<RowError> errors = new ArrayList<>();
        List<Numbered> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Table.Row row : t.rows()) {
            ResidentInput in = new ResidentInput(cell(row, at, ResidentColumns.NAME), cell(row, at, ResidentColumns.GENDER),
                    null, cell(row, at, ResidentColumns.ID_CARD), cell(row, at, ResidentColumns.PHONE),
                    cell(row, at, ResidentColumns.GRID), cell(row, at, ResidentColumns.HOUSEHOLD),
                    cell(row, at, ResidentColumns.ADDRESS), ResidentColumns.splitTags(cell(row, at, ResidentColumns.TAGS)));
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            Integer birthYear = null;
            String year = cell(row, at, ResidentColumns.BIRTH_YEAR);
            if (year != null && !year.isBlank()) {
                try {
                    birthYear = (int) Double.parseDouble(year.trim());
                } catch (NumberFormatException e) {
                    problems.put("birthYear", "must be a year such as 1956");
                }
            }
            ResidentCheck.Result r = ResidentCheck.check(withYear(in, birthYear), grids);
            problems.putAll(r.problems());
            if (r.ok() && problems.isEmpty() && r.draft().idCard() != null) {
                Integer first = seen.putIfAbsent(r.draft().idCard(), row.number());
                if (first != null) {
                    problems.put("idCard", "same ID number as row " + first);
                } else if (idCardTaken.test(r.draft().idCard())) {
                    problems.put("idCard", "a resident with this ID number is already registered");
                }
            }
            if (problems.isEmpty()) {
                drafts.add(new Numbered(row.number(), r.draft()));
            } else {
                problems.forEach((field, reason) -> errors.add(new RowError(row.number(), header(t, at, field), reason)));
            }
        }
        return new Parsed(t.rows(), drafts, errors);
    }

    private static ResidentInput withYear(ResidentInput in, Integer year) {
        return new ResidentInput(in.name(), in.gender(), year, in.idCard(), in.phone(), in.gridCode(), in.householdCode(),
                in.address(), in.tags());
    }

    private static String cell(Table.Row row, Map<ResidentColumns, Integer> at, ResidentColumns c) {
        Integer i = at.get(c);
        return i == null ? null : row.cell(i);
    }

    private static String header(Table t, Map<ResidentColumns, Integer> at, String field) {
        for (ResidentColumns c : ResidentColumns.values()) {
            if (c.field.equals(field)) {
                Integer i = at.get(c);
                return i == null ? c.zh : t.header().get(i);
            }
        }
        return field;
    }
}
