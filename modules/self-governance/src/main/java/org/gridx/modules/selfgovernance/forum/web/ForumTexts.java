package org.gridx.modules.selfgovernance.forum.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The forum texts in a page's language, for texts composed in Java (page titles). */
final class ForumTexts {

    private ForumTexts() {
    }

    static ForumMessages in(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(ForumMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ForumMessages.class);
    }
}
