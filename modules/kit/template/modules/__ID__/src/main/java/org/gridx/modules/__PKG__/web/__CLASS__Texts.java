package org.gridx.modules.__PKG__.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The module's texts in a page's language, for texts composed in Java (templates use the namespace). */
final class __CLASS__Texts {

    private __CLASS__Texts() {
    }

    static __CLASS__Messages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(__CLASS__Messages.class, Localized.Literal.of("en"))
                : MessageBundles.get(__CLASS__Messages.class);
    }
}
