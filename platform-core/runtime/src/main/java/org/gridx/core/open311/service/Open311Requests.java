package org.gridx.core.open311.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * GET requests, one request, and tokens. Every problem case of the tenant is a service request, whatever
 * channel reported it (the loop is one); convenience-service requests are not, as their duties are not
 * Open311 services. The request id is the case number; the token is the case id.
 */
@ApplicationScoped
@Transactional
public class Open311Requests {

    public static final int MAX = 1000;
    public static final Duration WINDOW = Duration.ofDays(90);

    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;
    @Inject
    TenantContext tenants;
    @Inject
    TenantDirectory directory;

    /** Filters as the spec names them; {@code ids} wins over all others. */
    public record Filter(List<String> ids, List<String> serviceCodes, Instant start, Instant end, List<String> statuses) {
    }

    public Open311Doc find(Filter f, String lang) {
        Map<String, Object> p = new HashMap<>();
        List<String> where = new ArrayList<>(List.of("kind = 'problem'"));
        if (!f.ids().isEmpty()) {
            where.add("number in :ids");
            p.put("ids", f.ids());
        } else {
            Instant[] range = Open311Window.of(f.start(), f.end(), clock.now(), WINDOW);
            where.add("reportedAt >= :start and reportedAt <= :end");
            p.put("start", range[0]);
            p.put("end", range[1]);
            if (!f.serviceCodes().isEmpty()) {
                where.add("itemCode in :codes");
                p.put("codes", f.serviceCodes());
            }
            if (!f.statuses().isEmpty()) {
                where.add("state in :states");
                p.put("states", f.statuses().stream().flatMap(s -> Open311Status.states(s).stream()).toList());
            }
        }
        List<CaseFile> cases = CaseFile.<CaseFile>find(String.join(" and ", where) + " order by reportedAt desc", p)
                .page(0, MAX).list();
        return rows(cases, lang);
    }

    public Open311Doc one(String number, String lang) {
        CaseFile c = CaseFile.<CaseFile>find("number = ?1 and kind = 'problem'", number).firstResultOptional()
                .orElseThrow(() -> Open311Exception.notFound("There is no service request " + number + " here."));
        return rows(List.of(c), lang);
    }

    /** The request a token (the case id returned when it was posted) stands for. */
    public Open311Doc token(String token) {
        CaseFile c = parse(token) == null ? null : CaseFile.findById(parse(token));
        if (c == null || !c.isProblem()) {
            throw Open311Exception.notFound("There is no service request with token " + token + " here.");
        }
        Map<String, Object> r = Open311Doc.fields();
        r.put("service_request_id", c.number);
        r.put("token", c.id.toString());
        return Open311Doc.list("service_requests", "request", List.of(r));
    }

    private Open311Doc rows(List<CaseFile> cases, String lang) {
        String tenant = tenants.require();
        LocalizedText name = LocalizedText.of(directory.name(tenant, false), directory.name(tenant, true));
        return Open311Doc.list("service_requests", "request", RequestRows.of(cases, lang, zone.current(), name));
    }

    private static UUID parse(String token) {
        try {
            return UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
