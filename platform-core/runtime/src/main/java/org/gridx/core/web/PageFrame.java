package org.gridx.core.web;

import java.util.List;
import java.util.Locale;
import org.gridx.api.web.LayoutFrame;

/**
 * What the shared layout needs on every page: language, site name for the header, navigation, the
 * signed-in name and where "sign out" posts (null when nobody is signed in), and the language switch.
 */
public record PageFrame(String lang, String title, String siteName, String homeHref, List<NavLink> nav,
        String userName, String signOutAction, String switchHref, String switchLabel, String switchLang) implements LayoutFrame {

    @Override
    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    public PageFrame withoutSignOut() {
        return new PageFrame(lang, title, siteName, homeHref, nav, userName, null, switchHref, switchLabel, switchLang);
    }
}
