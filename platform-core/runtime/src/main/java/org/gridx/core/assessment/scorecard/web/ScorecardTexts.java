package org.gridx.core.assessment.scorecard.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The scorecard texts in a page's language, for texts composed in Java. */
public final class ScorecardTexts {

    private ScorecardTexts() {
    }

    public static ScorecardMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(ScorecardMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ScorecardMessages.class);
    }
}
