package org.gridx.core.elements.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.elements.domain.ImportJob;
import org.gridx.core.grid.domain.GridNode;
import org.jboss.logging.Logger;

/**
 * Commits a previewed job in the background, all rows in one transaction (all or nothing), progress
 * written in side transactions. Starting is a conditional status change (previewed/failed → committing),
 * so a second commit of the same job imports nothing; a failed commit left no rows and may be retried.
 */
@ApplicationScoped
public class ImportCommits {

    private static final Logger LOG = Logger.getLogger(ImportCommits.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "gridx-element-import"));

    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    ResidentBulkWriter writer;
    @Inject
    ImportConfig config;
    @Inject
    ImportJobs jobs;

    /** True when this call started the commit; false when it is running or done already. */
    public boolean start(String tenant, UUID jobId, String mode) {
        int claimed = tenants.callAs(tenant, () -> em.createQuery("update ImportJob set status = 'committing', mode = :mode,"
                + " processedRows = 0, failure = null where id = :id and status in ('previewed', 'failed')")
                .setParameter("mode", mode).setParameter("id", jobId).executeUpdate());
        if (claimed == 1) {
            worker.submit(() -> run(tenant, jobId));
        }
        return claimed == 1;
    }

    void run(String tenant, UUID jobId) {
        try {
            tenants.callAs(tenant, () -> {
                ImportJob job = ImportJob.findById(jobId);
                byte[] content = cipher.decryptBytes(tenant, ImportJobs.FILE_FIELD, job.content);
                Map<String, UUID> grids = new HashMap<>();
                GridNode.<GridNode>listAll().forEach(g -> grids.put(g.code, g.id));
                Set<Integer> previewErrors = jobs.read(job.errors).stream().map(RowError::row).collect(Collectors.toSet());
                ResidentRows.Parsed parsed = ResidentRows.parse(TableReader.read(job.format, content, config.maxRows()),
                        grids::get, jobs.taken());
                List<ResidentRows.Numbered> rows = parsed.drafts().stream().filter(n -> !previewErrors.contains(n.row())).toList();
                if ("all".equals(job.mode) && !parsed.errors().isEmpty()) {
                    throw new IllegalStateException(parsed.errorRows() + " rows became invalid since the preview (e.g. row "
                            + parsed.errors().get(0).row() + ": " + parsed.errors().get(0).reason() + "); upload the file again");
                }
                int imported = writer.write(rows, jobId, n -> progress(jobId, n));
                job.status = "committed";
                job.importedRows = imported;
                job.processedRows = rows.size();
                job.finishedAt = Instant.now();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warnf(e, "import job %s of %s failed; nothing was imported", jobId, tenant);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            tenants.runAs(tenant, () -> em.createQuery("update ImportJob set status = 'failed', failure = :f, finishedAt = :t where id = :id")
                    .setParameter("f", why.substring(0, Math.min(500, why.length()))).setParameter("t", Instant.now())
                    .setParameter("id", jobId).executeUpdate());
        }
    }

    private void progress(UUID jobId, int processed) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update ImportJob set processedRows = :n where id = :id")
                .setParameter("n", processed).setParameter("id", jobId).executeUpdate());
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
