package org.gridx.core.assessment.analysis.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import org.gridx.core.assessment.analysis.service.Step;

/** The analysis texts in a page's language, for tables and texts composed in Java. */
public final class AnalysisTexts {

    private AnalysisTexts() {
    }

    public static AnalysisMessages in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(AnalysisMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AnalysisMessages.class);
    }

    public static String step(AnalysisMessages m, Step s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case VERIFY -> m.step_verify();
            case DISPATCH -> m.step_dispatch();
            case ACCEPT -> m.step_accept();
            case HANDLE -> m.step_handle();
            case CHECK -> m.step_check();
        };
    }
}
