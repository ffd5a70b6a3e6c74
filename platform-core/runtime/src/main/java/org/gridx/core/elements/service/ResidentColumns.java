package org.gridx.core.elements.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a resident file, by field: the Chinese header (what exports write and templates show)
 * and the English one; either is accepted on import, in any order. Tags are separated by ; ， or 、.
 */
public enum ResidentColumns {
    NAME("name", "姓名"), GENDER("gender", "性别"), BIRTH_YEAR("birthYear", "出生年份"), ID_CARD("idCard", "身份证号"),
    PHONE("phone", "手机号"), GRID("gridCode", "网格编码"), HOUSEHOLD("householdCode", "户号"), ADDRESS("address", "住址"),
    TAGS("tags", "特殊人群");

    public final String field;
    public final String zh;

    ResidentColumns(String field, String zh) {
        this.field = field;
        this.zh = zh;
    }

    public static final List<ResidentColumns> REQUIRED = List.of(NAME, GENDER, GRID);

    /** Column index of each known field in this header; unknown headers are left out. */
    public static Map<ResidentColumns, Integer> locate(List<String> header) {
        Map<ResidentColumns, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").trim();
            for (ResidentColumns c : values()) {
                if (h.equalsIgnoreCase(c.field) || h.equals(c.zh)) {
                    at.putIfAbsent(c, i);
                }
            }
        }
        return at;
    }

    public static List<String> splitTags(String cell) {
        return cell == null || cell.isBlank() ? List.of() : Arrays.stream(cell.split("[;；,，、|]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
