package org.gridx.api.portal;

import org.gridx.api.i18n.LocalizedText;

/**
 * A link of a public section: {@code path} relative to the tenant's pages ({@code /t/{tenant}/}, e.g.
 * {@code self-governance/meetings/42}); {@code note} is a short second line such as a date (nullable).
 */
public record PortalLink(LocalizedText label, String path, LocalizedText note) {

    public static PortalLink of(String zh, String en, String path) {
        return new PortalLink(LocalizedText.of(zh, en), path, null);
    }
}
