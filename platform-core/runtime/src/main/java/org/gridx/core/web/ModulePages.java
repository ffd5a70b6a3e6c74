package org.gridx.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.gridx.api.web.LayoutFrame;
import org.gridx.api.web.TenantPages;

/** The layout frame for "+X" modules' pages: the same {@link PageFrame} the core's pages use. */
@ApplicationScoped
public class ModulePages implements TenantPages {

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;

    @Override
    public LayoutFrame frame(String tenant, String title) {
        return frames.tenant(tenant, title);
    }

    @Override
    public Locale locale() {
        return locale.get();
    }
}
