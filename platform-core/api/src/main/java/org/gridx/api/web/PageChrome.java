package org.gridx.api.web;

import java.util.Locale;

/**
 * What the shared page layout ({@code gridx/layout}) needs around a module's page: header, menu, sign-out,
 * language switch. A module passes it on untouched as its template's {@code frame} parameter and reads only
 * the page's language from it, so module pages look and behave like the core's without knowing its internals.
 */
public interface PageChrome {

    /** The language the page is shown in (zh-CN or en): set it on the template instance. */
    Locale locale();
}
