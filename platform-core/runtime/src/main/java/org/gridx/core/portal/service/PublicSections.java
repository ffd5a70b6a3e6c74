package org.gridx.core.portal.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.gridx.api.portal.PortalLink;
import org.gridx.api.portal.PortalSection;
import org.gridx.api.portal.PublicSection;
import org.gridx.core.modules.service.EnabledModules;

/**
 * Sections "+X" modules contribute to the current tenant's public home page: only from modules the tenant
 * enabled, by module id; a module that fails is left out (and logged) rather than taking the home page down,
 * and links that leave the tenant's pages are dropped.
 */
@ApplicationScoped
public class PublicSections {

    /** A path inside the tenant's pages: relative, no scheme, no "//", no "..". */
    private static final Pattern PATH = Pattern.compile("(?!/)(?!.*\\.\\.)(?!.*//)[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]{1,300}");

    @Inject
    Instance<PublicSection> providers;
    @Inject
    EnabledModules enabledModules;

    @Transactional
    public List<PortalSection> current() {
        List<String> enabled = enabledModules.ids();
        List<PortalSection> out = new ArrayList<>();
        providers.stream().filter(p -> enabled.contains(p.moduleId()))
                .sorted(Comparator.comparing(PublicSection::moduleId))
                .forEach(p -> {
                    try {
                        p.sections().stream().map(PublicSections::safe).forEach(out::add);
                    } catch (RuntimeException e) {
                        Log.warnf(e, "public section of module %s failed; the home page shows it without", p.moduleId());
                    }
                });
        return out;
    }

    private static PortalSection safe(PortalSection s) {
        List<PortalLink> links = s.links().stream().filter(PublicSections::inside).limit(10).toList();
        return new PortalSection(s.id(), s.title(), links, s.more() != null && inside(s.more()) ? s.more() : null);
    }

    static boolean inside(PortalLink l) {
        return l != null && l.label() != null && l.path() != null && PATH.matcher(l.path()).matches();
    }
}
