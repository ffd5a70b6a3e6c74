package org.gridx.core.elements.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The special groups (特殊人群) a resident can belong to: code → Chinese label; imports accept either. */
public final class ResidentTags {

    public static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("elderly-alone", "独居老人");
        ALL.put("empty-nest", "空巢老人");
        ALL.put("disabled", "残疾人");
        ALL.put("low-income", "低保户");
        ALL.put("veteran", "退役军人");
        ALL.put("left-behind-child", "留守儿童");
        ALL.put("serious-illness", "大病患者");
        ALL.put("community-correction", "社区矫正人员");
        ALL.put("party-member", "党员");
    }

    private ResidentTags() {
    }

    public static Optional<String> code(String codeOrLabel) {
        String v = codeOrLabel.trim();
        if (ALL.containsKey(v)) {
            return Optional.of(v);
        }
        return ALL.entrySet().stream().filter(e -> e.getValue().equals(v)).map(Map.Entry::getKey).findFirst();
    }
}
