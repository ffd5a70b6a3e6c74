package org.gridx.api.web;

/**
 * Lets a "+X" module render pages inside the shared layout. In a page resource:
 * {@code PageChrome frame = pages.frame(tenant, title); return Templates.page(frame, ...).setLocale(frame.locale());}
 * with a template that starts {@code {#include gridx/layout}} and defines {@code {#main}}.
 */
public interface ModulePages {

    /** The chrome of a tenant page titled {@code title}, for the caller of the current request. */
    PageChrome frame(String tenant, String title);
}
