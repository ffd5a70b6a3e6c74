package org.gridx.core.portal.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gridx.api.portal.PortalLink;
import org.gridx.api.portal.PortalSection;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.portal.domain.NewsItem;

/** What the public home page shows, already in the page's language. */
public record PortalView(String streetName, List<Community> communities, List<News> news, List<Section> sections) {

    public record Community(String code, String name, List<Grid> grids) {
    }

    public record Grid(String code, String name, Integer households) {
    }

    public record News(String id, String title, String body, String publishedAt) {
    }

    public record Section(String id, String title, List<Link> links, Link more) {
    }

    public record Link(String label, String href, String note) {
    }

    static String name(GridNode n, Locale l) {
        return "en".equals(l.getLanguage()) && n.nameEn != null ? n.nameEn : n.nameZh;
    }

    static News news(NewsItem n, Locale l, ZoneId zone) {
        boolean en = "en".equals(l.getLanguage());
        return new News(n.id.toString(), en && n.titleEn != null ? n.titleEn : n.titleZh,
                en && n.bodyEn != null ? n.bodyEn : n.bodyZh,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(n.publishedAt.atZone(zone)));
    }

    static Section section(PortalSection s, String tenant, Locale l) {
        return new Section(s.id(), s.title().in(l), s.links().stream().map(k -> link(k, tenant, l)).toList(),
                s.more() == null ? null : link(s.more(), tenant, l));
    }

    private static Link link(PortalLink k, String tenant, Locale l) {
        return new Link(k.label().in(l), "/t/" + tenant + "/" + k.path(), k.note() == null ? null : k.note().in(l));
    }
}
