package org.gridx.core.lists.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.lists.service.PatrolChecklist;
import org.gridx.core.lists.service.PatrolItemInput;
import org.gridx.core.lists.service.PatrolRounds;
import org.gridx.core.lists.service.RoundSubmission;
import org.gridx.core.lists.service.RoundView;
import org.gridx.core.web.PageFrame;
import org.gridx.core.web.PageFrames;
import org.gridx.core.web.RequestLocale;
import org.gridx.core.web.Texts;

/**
 * {@code /t/{tenant}/patrol}: the informant's phone page. One tap per item (ok / problem), a note for a
 * problem, the phone's position when it allows it. The form carries an idempotency key made when the page
 * was drawn, so a double tap or a resend after a timeout records the round once.
 */
@Path("/t/{tenant}/patrol")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.INFORMANT)
public class PatrolPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance patrol(PageFrame frame, List<PatrolItemInput.View> items, List<String> grids, String key);

        static native TemplateInstance done(PageFrame frame, RoundView round, boolean created);
    }

    @Inject
    PageFrames frames;
    @Inject
    RequestLocale locale;
    @Inject
    PatrolChecklist checklist;
    @Inject
    PatrolRounds rounds;
    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

    @GET
    public TemplateInstance form(@PathParam("tenant") String tenant) {
        PageFrame frame = frames.tenant(tenant, Texts.in(locale.get()).patrol_title());
        return Templates.patrol(frame, checklist.current(), scope(), UUID.randomUUID().toString()).setLocale(frame.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance submit(@PathParam("tenant") String tenant, MultivaluedMap<String, String> form) {
        RoundSubmission submission = new RoundSubmission(form.getFirst("grid"), checks(form));
        String key = form.getFirst("key");
        if (key == null || !key.matches("[A-Za-z0-9_-]{8,64}") || submission.grid() == null || submission.checks().isEmpty()) {
            throw ProblemException.invalid("Nothing to record.", List.of(new FieldProblem("/checks",
                    "mark at least one item ok or problem, pick your grid, and send the form again")));
        }
        PatrolRounds.Outcome outcome = rounds.submit(key, identity.getPrincipal().getName(), scope(), submission);
        PageFrame frame = frames.tenant(tenant, Texts.in(locale.get()).patrol_title());
        return Templates.done(frame, outcome.round(), outcome.created()).setLocale(frame.locale());
    }

    /** result_{item}=ok|problem, note_{item}; the position comes once for the whole form (lon, lat). */
    private static List<RoundSubmission.Check> checks(MultivaluedMap<String, String> form) {
        Double lon = number(form.getFirst("lon"));
        Double lat = number(form.getFirst("lat"));
        List<RoundSubmission.Check> checks = new ArrayList<>();
        for (String name : form.keySet()) {
            if (!name.startsWith("result_")) {
                continue;
            }
            UUID item;
            try {
                item = UUID.fromString(name.substring("result_".length()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            String result = form.getFirst(name);
            String note = form.getFirst("note_" + item);
            checks.add(new RoundSubmission.Check(item, "problem".equals(result) ? "problem" : "ok", null, lon, lat,
                    note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(1000, note.strip().length()))));
        }
        return checks;
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<String> scope() {
        Object claim = jwt.getClaim(TokenClaims.GRID_SCOPE);
        if (claim instanceof jakarta.json.JsonArray a) {
            return a.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
        return claim instanceof java.util.Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
    }
}
