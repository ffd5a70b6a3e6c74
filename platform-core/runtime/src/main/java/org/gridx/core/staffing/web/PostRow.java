package org.gridx.core.staffing.web;

import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.staffing.rest.PostView;

/** A post as the staffing page shows it, with the role named in the page's language. */
public record PostRow(PostView post, String roleLabel) {

    static PostRow of(PostView p, Locale locale) {
        return new PostRow(p, Role.fromCode(p.role()).map(r -> r.label().in(locale)).orElse(p.role()));
    }
}
