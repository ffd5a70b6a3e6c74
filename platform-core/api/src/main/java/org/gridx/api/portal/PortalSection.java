package org.gridx.api.portal;

import java.util.List;
import org.gridx.api.i18n.LocalizedText;

/**
 * One titled list on the public home page. {@code id} is kebab-case and unique per module (the page uses it
 * as an HTML id, e.g. {@code open-meetings}); at most a handful of links are shown, with {@code more} as the
 * "see all" link (nullable).
 */
public record PortalSection(String id, LocalizedText title, List<PortalLink> links, PortalLink more) {

    public PortalSection {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
