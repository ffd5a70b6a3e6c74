package org.gridx.core.elements.service;

/** Registry search: any combination; the ID number and phone match exactly through the blind index. */
public record ResidentQuery(String name, String idCard, String phone, String gridCode, String tag, int limit,
        int offset) {
}
