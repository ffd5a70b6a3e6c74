package org.gridx.core.lists.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a version changed against the one before it: items added and removed (by code), and per changed
 * item the fields that differ with their old and new values, so a reviewer sees "handle PT4H → PT2H".
 */
public record ListDiff(Integer previousNumber, List<String> added, List<String> removed, List<ItemChange> changed) {

    public record ItemChange(String code, List<FieldChange> fields) {
    }

    public record FieldChange(String field, Object before, Object after) {
    }

    private static final Map<String, Function<DisposalItem, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("kind", DisposalItem::kind);
        FIELDS.put("name", DisposalItem::name);
        FIELDS.put("leadDepartment", DisposalItem::leadDepartment);
        FIELDS.put("coDepartments", DisposalItem::coDepartments);
        FIELDS.put("limits.verify", i -> i.limits().verify());
        FIELDS.put("limits.dispatch", i -> i.limits().dispatch());
        FIELDS.put("limits.accept", i -> i.limits().accept());
        FIELDS.put("limits.handle", i -> i.limits().handle());
        FIELDS.put("limits.check", i -> i.limits().check());
        FIELDS.put("priority", DisposalItem::priority);
        FIELDS.put("onTheSpot", DisposalItem::onTheSpot);
        FIELDS.put("escalation", DisposalItem::escalation);
    }

    public static ListDiff between(Integer previousNumber, List<DisposalItem> before, List<DisposalItem> after) {
        Map<String, DisposalItem> old = new LinkedHashMap<>();
        before.forEach(i -> old.put(i.code(), i));
        List<String> added = new ArrayList<>();
        List<ItemChange> changed = new ArrayList<>();
        for (DisposalItem now : after) {
            DisposalItem was = old.remove(now.code());
            if (was == null) {
                added.add(now.code());
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            FIELDS.forEach((name, get) -> {
                if (!Objects.equals(get.apply(was), get.apply(now))) {
                    fields.add(new FieldChange(name, get.apply(was), get.apply(now)));
                }
            });
            if (!fields.isEmpty()) {
                changed.add(new ItemChange(now.code(), fields));
            }
        }
        return new ListDiff(previousNumber, added, new ArrayList<>(old.keySet()), changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
