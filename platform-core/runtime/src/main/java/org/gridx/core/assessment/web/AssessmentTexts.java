package org.gridx.core.assessment.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;

/** The assessment texts in a page's language, for texts composed in Java (menu entries, options). */
public final class AssessmentTexts {

    private AssessmentTexts() {
    }

    public static AssessmentMessages in(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(AssessmentMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AssessmentMessages.class);
    }
}
