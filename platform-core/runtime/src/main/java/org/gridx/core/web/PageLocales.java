package org.gridx.core.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of every page and the order in which a page picks one: an explicit choice
 * ({@code ?lang=}, then the {@code gridx_lang} cookie that remembers it), the account's language, the
 * tenant's, the browser's Accept-Language; Chinese when nothing matches.
 */
public final class PageLocales {

    public static final Locale ZH = Locale.forLanguageTag("zh-CN");
    public static final Locale EN = Locale.ENGLISH;
    public static final String COOKIE = "gridx_lang";

    private PageLocales() {
    }

    /** zh-CN or en for any tag in those languages (zh, zh-Hans, en-GB…); empty otherwise. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return switch (language) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    public static Locale choose(String query, String cookie, String account, String tenant, String acceptLanguage) {
        for (String candidate : new String[] {query, cookie, account, tenant}) {
            Optional<Locale> l = supported(candidate);
            if (l.isPresent()) {
                return l.get();
            }
        }
        return fromAcceptLanguage(acceptLanguage).orElse(ZH);
    }

    static Optional<Locale> fromAcceptLanguage(String header) {
        try {
            List<Locale.LanguageRange> ranges = header == null ? List.of() : Locale.LanguageRange.parse(header);
            return ranges.stream().filter(r -> r.getWeight() > 0).map(r -> supported(r.getRange()))
                    .flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public static String tag(Locale locale) {
        return EN.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
