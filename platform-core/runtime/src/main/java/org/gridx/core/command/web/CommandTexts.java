package org.gridx.core.command.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The command centre's texts in a page's language, for texts composed in Java (menu entries, notices). */
public final class CommandTexts {

    private CommandTexts() {
    }

    public static CommandMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(CommandMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(CommandMessages.class);
    }
}
