package org.gridx.api.i18n;

import java.util.Locale;
import java.util.Objects;

/** A text in Chinese first and English second, the two languages every GridX page speaks. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        en = en == null || en.isBlank() ? zh : en;
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
    }

    public String in(String languageTag) {
        return languageTag != null && languageTag.startsWith("en") ? en : zh;
    }
}
