package org.gridx.core.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.portal.service.NewsDesk;
import org.gridx.core.portal.service.PublicSections;
import org.gridx.core.resident.web.PortalTexts;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/**
 * {@code /t/{tenant}/portal}: the street's public home page (no sign-in): its communities and grids, its
 * news, what enabled modules offer the public (open meetings, forums), and the ways in (sign in, register).
 */
@Path("/t/{tenant}/portal")
@Produces(MediaType.TEXT_HTML)
public class PortalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance portal(PageFrame frame, String tenant, PortalView view, boolean signedIn);

        static native TemplateInstance news(PageFrame frame, String tenant, PortalView.News item);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    NewsDesk news;
    @Inject
    PublicSections sections;
    @Inject
    TenantDirectory directory;
    @Inject
    SecurityIdentity identity;

    @GET
    @Transactional
    public TemplateInstance home(@PathParam("tenant") String tenant) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).portal_title());
        Locale l = frame.locale();
        ZoneId zone = directory.zone(tenant);
        List<GridNode> live = GridNode.live();
        List<PortalView.Community> communities = live.stream().filter(n -> n.level == 2)
                .map(c -> new PortalView.Community(c.code, PortalView.name(c, l), live.stream()
                        .filter(g -> g.level == 3 && c.id.equals(g.parentId)).sorted(Comparator.comparing(g -> g.code))
                        .map(g -> new PortalView.Grid(g.code, PortalView.name(g, l), g.households)).toList()))
                .toList();
        PortalView view = new PortalView(frame.siteName(), communities,
                news.published().stream().map(n -> PortalView.news(n, l, zone)).toList(),
                sections.current().stream().map(s -> PortalView.section(s, tenant, l)).toList());
        return Templates.portal(frame, tenant, view, !identity.isAnonymous()).setLocale(l);
    }

    @GET
    @Path("news/{id}")
    @Transactional
    public TemplateInstance item(@PathParam("tenant") String tenant, @PathParam("id") UUID id) {
        PageFrame frame = frames.tenant(tenant, PortalTexts.in(locale.get()).news_heading());
        PortalView.News n = PortalView.news(news.publicOne(id), frame.locale(), directory.zone(tenant));
        return Templates.news(frame, tenant, n).setLocale(frame.locale());
    }
}
