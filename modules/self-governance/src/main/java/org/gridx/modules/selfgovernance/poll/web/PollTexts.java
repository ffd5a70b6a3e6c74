package org.gridx.modules.selfgovernance.poll.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The poll texts in a page's language, and times written in the streets' zone. */
final class PollTexts {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private PollTexts() {
    }

    static PollMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(PollMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PollMessages.class);
    }

    static String time(Instant t) {
        return FORMAT.format(t);
    }
}
