package org.gridx.api.module;

import java.util.Map;

/** A tenant's validated settings for one module, defaults filled in, read through typed accessors. */
public record ModuleSettings(Map<String, Object> values) {

    public ModuleSettings {
        values = Map.copyOf(values);
    }

    public boolean bool(String key) {
        return (Boolean) require(key);
    }

    public long integer(String key) {
        return ((Number) require(key)).longValue();
    }

    public String text(String key) {
        return (String) require(key);
    }

    private Object require(String key) {
        Object v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no setting '" + key + "' (declared settings: " + values.keySet() + ")");
        }
        return v;
    }
}
