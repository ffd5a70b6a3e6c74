package org.gridx.api.web;

import org.gridx.api.i18n.LocalizedText;

/**
 * Lets a "+X" module render pages inside the shared layout. In a page resource:
 * {@code PageChrome frame = pages.frame(tenant, LocalizedText.of("…", "…")); return Templates.page(frame, ...).setLocale(frame.locale());}
 * with a template that starts {@code {#include gridx/layout}} and defines {@code {#main}}.
 */
public interface ModulePages {

    /** The chrome of a tenant page for the caller of this request; the title is shown in the page's language. */
    PageChrome frame(String tenant, LocalizedText title);
}
