package org.gridx.core.casework.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The loop pages' texts in a page's language, for texts composed in Java. */
public final class CaseTexts {

    private CaseTexts() {
    }

    public static CaseMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(CaseMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(CaseMessages.class);
    }
}
