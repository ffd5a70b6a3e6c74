package org.gridx.core.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.api.problem.Problem;

/**
 * Errors of pages as pages: a person in a browser gets a readable page in their language with what went
 * wrong and a way back, not JSON. Applies to {@code /t/…} and {@code /operator…} requests that accept
 * HTML; API clients keep getting problem+json.
 */
@ApplicationScoped
public class ErrorPages {

    private static final Pattern TENANT_PAGE = Pattern.compile("^/t/([a-z][a-z0-9-]{1,62})(?:/.*)?$");

    @CheckedTemplate(basePath = "gridx")
    static class Templates {
        static native TemplateInstance error(PageFrame frame, int status, String heading, String detail,
                List<Problem.FieldProblem> errors);
    }

    @Inject
    PageFrames frames;

    public static boolean wantsPage(ContainerRequestContext req) {
        String path = req.getUriInfo().getPath();
        String accept = req.getHeaderString(HttpHeaders.ACCEPT);
        return (path.startsWith("/t/") || path.startsWith("/operator")) && accept != null && accept.contains("text/html");
    }

    public Response page(Problem p, ContainerRequestContext req) {
        PageFrame frame = frame(req.getUriInfo().getPath()).withoutSignOut();
        AppMessages t = Texts.in(frame.locale());
        String heading = switch (p.status()) {
            case 400 -> t.error_400();
            case 401, 403 -> t.error_403();
            case 404 -> t.error_404();
            case 429 -> t.error_429();
            case 500 -> t.error_500();
            default -> t.error_heading();
        };
        String html = Templates.error(frame, p.status(), heading, p.detail(), p.errors()).setLocale(frame.locale()).render();
        return Response.status(p.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** Not signed in on a protected page: to the sign-in page of the same area, coming back here after. */
    public static Response signIn(ContainerRequestContext req, boolean clearToken) {
        String path = req.getUriInfo().getPath();
        Matcher m = TENANT_PAGE.matcher(path);
        String login = m.matches() ? "/t/" + m.group(1) + "/login" : "/operator/login";
        String query = req.getUriInfo().getRequestUri().getRawQuery();
        String next = path + (query == null ? "" : "?" + query);
        Response.ResponseBuilder r = Response.seeOther(java.net.URI.create(login + "?next="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        if (clearToken) {
            r.header(HttpHeaders.SET_COOKIE, SessionCookies.ACCESS + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
        return r.build();
    }

    private PageFrame frame(String path) {
        Matcher m = TENANT_PAGE.matcher(path);
        try {
            return m.matches() ? frames.tenant(m.group(1), "") : frames.operator("");
        } catch (RuntimeException e) {
            // The error may come from the very thing a full frame needs (database, token): fall back to a bare one.
            return new PageFrame("zh-CN", "", Texts.in(PageLocales.ZH).app_name(), "/", List.of(), null, null,
                    "?lang=en", "English", "en");
        }
    }
}
