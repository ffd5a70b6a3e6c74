package org.gridx.modules.selfgovernance.election.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The election texts in a page's language, and times written in the streets' zone. */
final class ElectionTexts {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ElectionTexts() {
    }

    static ElectionMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(ElectionMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ElectionMessages.class);
    }

    static String time(Instant t) {
        return FORMAT.format(t);
    }
}
