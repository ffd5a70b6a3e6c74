package org.gridx.core.open311.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseIntake;
import org.gridx.core.casework.service.ReportInput;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.open311.domain.Open311Key;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * POST requests: a checked key, a service of the list in force, a place, then the same intake as every other
 * channel, so the request is a case of the loop with source {@code open311} from its first second.
 *
 * <p>Who reports: the key's client as {@code open311:<key name>}, acting as a {@code resident} (the role of
 * the public in the transition table, so the loop treats it like a resident's report: the centre verifies
 * it) plus the marker role {@value #CLIENT_ROLE}, without which intake would file a lone resident's report
 * under source "resident". The person behind the report is kept as reporter name and contact, never shown.
 */
@ApplicationScoped
@Transactional
public class Open311Intake {

    public static final String CLIENT_ROLE = "open311-client";
    static final int MAX_DESCRIPTION = 1500;

    @Inject
    Open311Keys keys;
    @Inject
    Open311Catalogue catalogue;
    @Inject
    CaseIntake intake;
    @Inject
    Validator validator;
    @Inject
    TenantZone zone;

    public Open311Doc post(Open311Post p, String lang) {
        Open311Key key = keys.use(p.apiKey());
        if (p.serviceCode() == null) {
            throw Open311Exception.badRequest("service_code is missing; GET services.xml lists the codes of this tenant.");
        }
        DisposalListItem item = catalogue.require(p.serviceCode());
        Map<String, String> attributes = Open311Attributes.check(item, p.attributes());
        List<String> errors = new ArrayList<>(Open311Contact.check(p));
        if (p.description() != null && p.description().length() > MAX_DESCRIPTION) {
            errors.add("description: at most " + MAX_DESCRIPTION + " characters (" + p.description().length() + " sent).");
        }
        String objectId = attributes.get(Open311Attributes.OBJECT_ID);
        Open311Place place = Open311Place.of(p, item, objectId, errors);
        ReportInput in = new ReportInput("problem", "open311", item.code, null, place.gridCode(), place.lon(), place.lat(),
                p.addressString(), description(p, item, objectId), null, Open311Contact.name(p), Open311Contact.contact(p));
        validator.validate(in).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(Open311Intake::describe).forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new Open311Exception(400, errors);
        }
        Actor client = new Actor(key.reporter(), Set.of(Role.Names.RESIDENT, CLIENT_ROLE), null, List.of());
        CaseFile c = intake.report(in, client, null).record();
        Map<String, Object> r = Open311Doc.fields();
        r.put("service_request_id", c.number);
        r.put("token", c.id.toString());
        String due = Open311Time.format(c.dueAt, zone.current());
        r.put("service_notice", due == null ? LocalizedText.of("已收到。", "Received.").in(lang)
                : LocalizedText.of("已收到，指挥中心将于 " + due + " 前核实。", "Received; the command centre verifies it by " + due + ".").in(lang));
        r.put("account_id", null);
        return Open311Doc.list("service_requests", "request", List.of(r));
    }

    /** The client's words, or the service's name; plus what only the text can carry to the people handling it. */
    private static String description(Open311Post p, DisposalListItem item, String objectId) {
        StringBuilder d = new StringBuilder(p.description() != null ? p.description()
                : item.nameZh + (p.addressString() != null ? "：" + p.addressString() : ""));
        if (objectId != null) {
            d.append("\n部件标识码 object_id: ").append(objectId);
        }
        if (p.mediaUrl() != null) {
            d.append("\n照片链接 media_url: ").append(p.mediaUrl());
        }
        return d.toString();
    }

    private static String describe(ConstraintViolation<ReportInput> v) {
        String field = switch (v.getPropertyPath().toString()) {
            case "lon" -> "long";
            case "address" -> "address_string";
            case "reporterName" -> "first_name/last_name";
            case "reporterContact" -> "email/phone";
            case "itemCode" -> "service_code";
            default -> v.getPropertyPath().toString();
        };
        return field + ": " + v.getMessage() + ".";
    }
}
