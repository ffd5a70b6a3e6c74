package org.gridx.core.open311.rest;

import java.util.regex.Pattern;
import org.gridx.core.open311.service.Open311Exception;

/**
 * The language of an answer's names and notes: the {@code locale} parameter (GeoReport v2.1's name for it),
 * else the first language of Accept-Language, else Chinese. Only zh and en exist; others read as zh.
 */
final class Open311Locale {

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*");

    private Open311Locale() {
    }

    static String of(String locale, String acceptLanguage) {
        if (locale != null && !locale.isBlank()) {
            if (!TAG.matcher(locale.strip()).matches()) {
                throw Open311Exception.badRequest("locale '" + locale + "' is not a language tag; send zh-CN or en.");
            }
            return normal(locale.strip());
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            return normal(acceptLanguage.split(",")[0].split(";")[0].strip());
        }
        return "zh";
    }

    private static String normal(String tag) {
        return tag.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh";
    }
}
