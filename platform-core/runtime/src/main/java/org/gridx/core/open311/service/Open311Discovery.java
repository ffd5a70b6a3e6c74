package org.gridx.core.open311.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.lists.domain.DisposalListVersion;
import org.gridx.core.tenancy.domain.Tenant;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * The tenant's Open311 discovery document: one GeoReport v2 endpoint in XML and JSON, who to contact, and
 * where keys come from. Its changeset is when the services last changed, i.e. when the list in force took
 * effect, so a client that caches services knows when to read them again.
 */
@ApplicationScoped
@Transactional
public class Open311Discovery {

    public static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    @ConfigProperty(name = "gridx.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;
    @Inject
    TenantContext tenants;
    @Inject
    TenantDirectory directory;
    @Inject
    TenantZone zone;
    @Inject
    GridxClock clock;

    public Open311Doc document(String lang) {
        String code = tenants.require();
        String base = publicUrl.replaceAll("/+$", "");
        LocalizedText name = LocalizedText.of(directory.name(code, false), directory.name(code, true));
        Instant changed = DisposalListVersion.inForceAt(clock.now()).map(v -> v.effectiveFrom)
                .orElseGet(() -> Tenant.<Tenant>findByIdOptional(code).map(t -> t.createdAt).orElse(clock.now()));
        String changeset = Open311Time.format(changed, zone.current());
        Map<String, Object> endpoint = Open311Doc.fields();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", base + "/open311/t/" + code + "/v2");
        endpoint.put("changeset", changeset);
        endpoint.put("type", "production");
        endpoint.put("formats", new Open311Doc.Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> d = Open311Doc.fields();
        d.put("changeset", changeset);
        d.put("contact", LocalizedText.of(name.zh() + "指挥中心，" + base + "/t/" + code + "/",
                name.en() + " command centre, " + base + "/t/" + code + "/").in(lang));
        d.put("key_service", LocalizedText.of("API 密钥（api_key，提交服务请求时需要）由" + name.zh() + "的租户管理员签发。",
                "API keys (api_key, needed to post service requests) are issued by " + name.en() + "'s tenant administrator.").in(lang));
        d.put("endpoints", new Open311Doc.Items("endpoint", List.of(endpoint)));
        return new Open311Doc("discovery", d);
    }
}
