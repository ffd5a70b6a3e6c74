package org.gridx.core.open311.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.lists.domain.DisposalListItem;

/**
 * The attributes (service-definition questions) a service asks. Only one is meaningful in this model: a
 * component item (部件类) may name the component's 16-digit object id from its plate (GB/T 47678.5:
 * 6 division + 2 major + 2 minor + 6 serial), which the registry can place even when the phone has no fix.
 * Event items ask nothing more than the spec's own fields, so they have no attributes (metadata false).
 */
public final class Open311Attributes {

    public static final String OBJECT_ID = "object_id";
    private static final Pattern OBJECT_ID_FORMAT = Pattern.compile("[0-9]{16}");

    private Open311Attributes() {
    }

    public static boolean has(DisposalListItem item) {
        return "component".equals(item.kind);
    }

    /** The {@code attribute} entries of the item's service definition. */
    public static List<Map<String, Object>> definitions(DisposalListItem item, String lang) {
        if (!has(item)) {
            return List.of();
        }
        Map<String, Object> a = Open311Doc.fields();
        a.put("variable", true);
        a.put("code", OBJECT_ID);
        a.put("datatype", "string");
        a.put("required", false);
        a.put("datatype_description", LocalizedText.of("16 位数字：6 位行政区划 + 2 位大类 + 2 位小类 + 6 位序号",
                "16 digits: 6 administrative division + 2 major class + 2 minor class + 6 serial").in(lang));
        a.put("order", 1);
        a.put("description", LocalizedText.of("部件标识码（部件铭牌上的编号，可不填；填写后无需定位）",
                "Component object id (the number on its plate; optional, and no location is needed with it)").in(lang));
        return List.of(a);
    }

    /** The posted {@code attribute[code]} values, checked against the item's definition; 400 for anything else. */
    public static Map<String, String> check(DisposalListItem item, Map<String, List<String>> posted) {
        Map<String, String> ok = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        posted.forEach((code, values) -> {
            String v = values.isEmpty() ? "" : values.get(0).strip();
            if (!OBJECT_ID.equals(code) || !has(item)) {
                errors.add("attribute[" + code + "]: service " + item.code + " has no attribute '" + code + "'; "
                        + "its definition (services/" + item.code + ".xml) lists the ones it has.");
            } else if (values.size() > 1) {
                errors.add("attribute[object_id]: send it once.");
            } else if (!v.isEmpty() && !OBJECT_ID_FORMAT.matcher(v).matches()) {
                errors.add("attribute[object_id]: '" + v + "' is not 16 digits; copy the number from the component's plate.");
            } else if (!v.isEmpty()) {
                ok.put(code, v);
            }
        });
        if (!errors.isEmpty()) {
            throw new Open311Exception(400, errors);
        }
        return ok;
    }
}
