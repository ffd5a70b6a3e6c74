package org.gridx.api.web;

import java.util.Locale;

/**
 * The shared page chrome (site name, menu, language switch, sign-out) as a module's page sees it. A module
 * passes it on as {@code frame} to the layout template {@code gridx/layout} and reads only the language.
 */
public interface LayoutFrame {

    /** The page's language tag: {@code zh-CN} or {@code en}. */
    String lang();

    Locale locale();
}
