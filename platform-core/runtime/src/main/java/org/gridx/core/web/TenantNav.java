package org.gridx.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridx.core.modules.service.ModuleNavigation;
import org.gridx.core.notification.web.NotificationTexts;

/**
 * The menu of a tenant's pages for the caller's roles: home, one's notifications, the administration that
 * exists, and the entries of every module the tenant has enabled (disabled modules' entries disappear).
 */
@ApplicationScoped
public class TenantNav {

    @Inject
    ModuleNavigation moduleNavigation;

    /** Runs in the current tenant: only its enabled modules' entries, only those the roles may see. */
    public List<NavLink> modules(String tenant, Set<String> roles, Locale locale) {
        return moduleNavigation.entries(roles).stream()
                .map(e -> new NavLink(base(tenant) + e.path().replaceFirst("^/", ""), e.label().in(locale))).toList();
    }

    public List<NavLink> all(String tenant, Set<String> roles, Locale locale) {
        AppMessages t = Texts.in(locale);
        List<NavLink> nav = new ArrayList<>();
        nav.add(new NavLink(base(tenant), t.nav_home()));
        nav.add(new NavLink(base(tenant) + "notifications", NotificationTexts.in(locale).title()));
        nav.addAll(RoleLinks.forRoles(roles, tenant, locale));
        nav.addAll(modules(tenant, roles, locale));
        return nav;
    }

    public static String base(String tenant) {
        return "/t/" + tenant + "/";
    }
}
