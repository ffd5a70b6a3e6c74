package org.gridx.core.elements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.elements.domain.Household;
import org.hibernate.Session;

/**
 * Writes many residents in the current transaction with JDBC batches (an entity per row would cost a
 * round trip each). Households named in the rows are created first when new. Tenant named explicitly;
 * row-level security checks it.
 */
@ApplicationScoped
public class ResidentBulkWriter {

    private static final String INSERT = "INSERT INTO resident (tenant_id, id, grid_node_id, household_id, name, gender,"
            + " birth_year, id_card_enc, id_card_index, id_card_masked, phone_enc, phone_index, phone_masked, tags,"
            + " import_job_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    TenantContext tenantContext;

    public int write(List<ResidentRows.Numbered> rows, UUID jobId, IntConsumer progress) {
        String tenant = tenantContext.require();
        Map<String, UUID> households = households(rows);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int n = 0;
                for (ResidentRows.Numbered row : rows) {
                    ResidentDraft d = row.draft();
                    ps.setString(1, tenant);
                    ps.setObject(2, UuidV7.next());
                    ps.setObject(3, d.gridId());
                    ps.setObject(4, d.householdCode() == null ? null : households.get(d.householdCode()));
                    ps.setString(5, d.name());
                    ps.setString(6, d.gender());
                    ps.setObject(7, d.birthYear() == null ? null : d.birthYear().shortValue(), java.sql.Types.SMALLINT);
                    ps.setBytes(8, cipher.encrypt(tenant, PersonalData.ID_CARD, d.idCard()));
                    ps.setBytes(9, cipher.index(tenant, PersonalData.ID_CARD, d.idCard()));
                    ps.setString(10, d.idCard() == null ? null : IdCardNumber.mask(d.idCard()));
                    ps.setBytes(11, cipher.encrypt(tenant, PersonalData.PHONE, d.phone()));
                    ps.setBytes(12, cipher.index(tenant, PersonalData.PHONE, d.phone()));
                    ps.setString(13, d.phone() == null ? null : MobileNumber.mask(d.phone()));
                    Array tags = c.createArrayOf("text", d.tags().toArray());
                    ps.setArray(14, tags);
                    ps.setObject(15, jobId);
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                        progress.accept(n);
                    }
                }
                ps.executeBatch();
                progress.accept(n);
            }
        });
        return rows.size();
    }

    /** Existing households by code; new ones inserted in batches too (an entity each cost ~1 s per 3,000). */
    private Map<String, UUID> households(List<ResidentRows.Numbered> rows) {
        Map<String, UUID> ids = new HashMap<>();
        for (Household h : Household.<Household>listAll()) {
            ids.put(h.code, h.id);
        }
        String tenant = tenantContext.require();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO household (tenant_id, id, code, grid_node_id, address) VALUES (?,?,?,?,?)")) {
                for (ResidentRows.Numbered row : rows) {
                    ResidentDraft d = row.draft();
                    if (d.householdCode() != null && !ids.containsKey(d.householdCode())) {
                        UUID id = UuidV7.next();
                        ids.put(d.householdCode(), id);
                        ps.setString(1, tenant);
                        ps.setObject(2, id);
                        ps.setString(3, d.householdCode());
                        ps.setObject(4, d.gridId());
                        ps.setString(5, d.address() == null ? d.householdCode() : d.address());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
        return ids;
    }
}
