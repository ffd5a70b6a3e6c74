package org.gridx.api.portal;

import java.util.List;

/**
 * What a "+X" module shows on a tenant's public home page (no sign-in): a few titled lists of links, such
 * as self-governance's "open meetings" and "forums". The portal calls {@link #sections()} only for tenants
 * that enabled {@link #moduleId()}, with that tenant current, and shows nothing of a module that throws.
 * Sections are public: no personal data, nothing a visitor without an account may not see.
 */
public interface PublicSection {

    /** The contributing module's id; the portal asks only while the current tenant has it enabled. */
    String moduleId();

    /** This tenant's sections now, in the order to show them; empty when there is nothing to show. */
    List<PortalSection> sections();
}
