package org.gridx.core.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.gridx.core.identity.service.SignedIn;
import org.gridx.core.tenancy.domain.Tenant;
import org.gridx.core.tenancy.service.RequestTenant;

/** The language of this request's page, chosen once per request by {@link PageLocales#choose}. */
@RequestScoped
public class RequestLocale {

    @Inject
    RoutingContext rc;
    @Inject
    RequestTenant tenant;
    @Inject
    SignedIn signedIn;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            Cookie cookie = rc.request().getCookie(PageLocales.COOKIE);
            String tenantLocale = tenant.code() == null ? null
                    : Tenant.<Tenant>findByIdOptional(tenant.code()).map(t -> t.locale).orElse(null);
            String accountLocale = tenant.code() == null ? null : signedIn.find().map(a -> a.locale).orElse(null);
            locale = PageLocales.choose(rc.request().getParam("lang"), cookie == null ? null : cookie.getValue(),
                    accountLocale, tenantLocale, rc.request().getHeader("Accept-Language"));
        }
        return locale;
    }
}
