package org.gridx.core.open311.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a POST requests call as the spec names them, read from the form. Fields the spec allows
 * but this server has no use for (jurisdiction_id, device_id, account_id) are accepted and ignored;
 * {@code attribute[code]} fields are collected for the service definition to check.
 */
public record Open311Post(String apiKey, String serviceCode, String lat, String lon, String addressString,
        String addressId, String email, String firstName, String lastName, String phone, String description,
        String mediaUrl, Map<String, List<String>> attributes) {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,64})\\](\\[\\])?");
    private static final List<String> SINGLE = List.of("api_key", "service_code", "lat", "long", "address_string",
            "address_id", "email", "first_name", "last_name", "phone", "description", "media_url");

    public static Open311Post of(Map<String, List<String>> form) {
        List<String> twice = SINGLE.stream().filter(f -> form.getOrDefault(f, List.of()).size() > 1).toList();
        if (!twice.isEmpty()) {
            throw new Open311Exception(400, twice.stream().map(f -> f + ": send it once, not " + form.get(f).size() + " times.").toList());
        }
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches()) {
                attributes.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(values);
            }
        });
        return new Open311Post(one(form, "api_key"), one(form, "service_code"), one(form, "lat"), one(form, "long"),
                one(form, "address_string"), one(form, "address_id"), one(form, "email"), one(form, "first_name"),
                one(form, "last_name"), one(form, "phone"), one(form, "description"), one(form, "media_url"), attributes);
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        return v.get(0).strip();
    }
}
