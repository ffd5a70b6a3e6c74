package org.gridx.api.web;

/**
 * What a module's Qute page asks the core for: the frame of the shared layout for this request (the
 * signed-in person's menu, which already hides disabled modules, and the language chosen by cookie or
 * browser). Modules cannot build it themselves because the menu and tenant name live in the core.
 */
public interface TenantPages {

    /** The layout frame of a page of {@code tenant} titled {@code title} (already in the page's language). */
    LayoutFrame frame(String tenant, String title);

    /** The language of this request's pages, for texts chosen before the title is known. */
    java.util.Locale locale();
}
