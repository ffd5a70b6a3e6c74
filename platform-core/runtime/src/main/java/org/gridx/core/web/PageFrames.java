package org.gridx.core.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.TokenClaims;
import org.gridx.core.tenancy.service.TenantDirectory;

/** Builds the {@link PageFrame} of this request's page: tenant pages and operator pages. */
@RequestScoped
public class PageFrames {

    @Inject
    RequestLocale requestLocale;
    @Inject
    SecurityIdentity identity;
    @Inject
    TenantNav nav;
    @Inject
    TenantDirectory directory;
    @Inject
    RoutingContext rc;

    public PageFrame tenant(String tenant, String title) {
        Locale locale = requestLocale.get();
        String name = directory.name(tenant, PageLocales.EN.equals(locale));
        String user = userName();
        List<NavLink> links = user == null ? List.of() : nav.all(tenant, identity.getRoles(), locale);
        return frame(locale, title, name, TenantNav.base(tenant), links, user,
                user == null ? null : "/t/" + tenant + "/logout");
    }

    public PageFrame operator(String title) {
        Locale locale = requestLocale.get();
        String user = userName();
        return frame(locale, title, Texts.in(locale).app_name(), "/operator", List.of(), user,
                user == null ? null : "/operator/logout");
    }

    private PageFrame frame(Locale locale, String title, String site, String home, List<NavLink> links, String user,
            String signOut) {
        Locale other = PageLocales.EN.equals(locale) ? PageLocales.ZH : PageLocales.EN;
        return new PageFrame(PageLocales.tag(locale), title, site, home, links, user, signOut, switchHref(other),
                Texts.in(locale).lang_other(), PageLocales.tag(other));
    }

    private String userName() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return null;
        }
        String name = jwt.getClaim(TokenClaims.NAME);
        return name != null ? name : jwt.getName();
    }

    /** The current page in the other language, keeping its other query parameters (such as next). */
    private String switchHref(Locale other) {
        Map<String, String> params = rc.queryParams().entries().stream().filter(e -> !"lang".equals(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
        params.put("lang", PageLocales.tag(other));
        return rc.request().path() + "?" + params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
