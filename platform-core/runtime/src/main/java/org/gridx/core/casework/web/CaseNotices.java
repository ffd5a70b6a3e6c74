package org.gridx.core.casework.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.gridx.core.casework.domain.CaseAction;

/**
 * The one-line confirmation a page shows after an action form brought the person back to it
 * ({@code ?done=dispatch&case=202600000012}); anything else in those parameters is ignored.
 */
public final class CaseNotices {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{4,20}");

    private CaseNotices() {
    }

    public static String of(String done, String number, Locale locale) {
        if (done == null || number == null || !NUMBER.matcher(number).matches()) {
            return null;
        }
        return CaseAction.of(done).map(a -> CaseTexts.in(locale).done(number, a.label().in(locale))).orElse(null);
    }

    /** {@code back} with the confirmation parameters added. */
    public static String after(String back, String action, String number) {
        return back + (back.contains("?") ? "&" : "?") + "done=" + action + "&case=" + number;
    }
}
