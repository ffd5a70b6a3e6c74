package org.gridx.core.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The message bundle in a given page language, for texts composed in Java rather than in templates. */
public final class Texts {

    private Texts() {
    }

    public static AppMessages in(Locale locale) {
        return PageLocales.EN.getLanguage().equals(locale.getLanguage())
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AppMessages.class);
    }
}
