package org.gridx.core.notification.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The notification texts in a page's language, for texts composed in Java (the menu entry). */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    public static NotificationMessages in(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(NotificationMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(NotificationMessages.class);
    }
}
