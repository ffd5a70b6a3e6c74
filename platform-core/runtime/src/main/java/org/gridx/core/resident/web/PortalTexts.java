package org.gridx.core.resident.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The portal's texts in a page's language, for texts composed in Java (titles, notices, menu entries). */
public final class PortalTexts {

    private PortalTexts() {
    }

    public static PortalMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(PortalMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PortalMessages.class);
    }
}
