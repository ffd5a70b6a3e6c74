package org.gridx.core.fieldwork.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The staffing and field-work texts in a page's language, for texts composed in Java. */
public final class FieldTexts {

    private FieldTexts() {
    }

    public static FieldMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(FieldMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(FieldMessages.class);
    }
}
