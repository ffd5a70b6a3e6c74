package org.gridx.core.identity.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.identity.service.SignedIn;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.TenantNav;

/** {@code /t/{tenant}/}: the signed-in account's home page; without a session, a redirect to sign-in. */
@Path("/t/{tenant}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageFrame frame, HomeView view);
    }

    @Inject
    PageFrames frames;
    @Inject
    SignedIn signedIn;
    @Inject
    SecurityIdentity identity;
    @Inject
    TenantNav nav;

    @GET
    public TemplateInstance home(@PathParam("tenant") String tenant) {
        Account a = signedIn.account();
        PageFrame frame = frames.tenant(tenant, "");
        HomeView view = HomeView.of(a, nav.modules(tenant, identity.getRoles(), frame.locale()), frame.locale());
        return Templates.home(frame, view).setLocale(frame.locale());
    }
}
