package org.gridx.core.modules.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.web.ModulePages;
import org.gridx.api.web.PageChrome;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;

/** Module pages get the same frame as core pages (menu with their own entries, language, sign-out). */
@RequestScoped
public class ModulePageFrames implements ModulePages {

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;

    @Override
    public PageChrome frame(String tenant, LocalizedText title) {
        return frames.tenant(tenant, title == null ? null : title.in(locale.get()));
    }
}
