package org.gridx.core.media.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.media.config.MediaConfig;
import org.gridx.core.media.domain.ImageFormat;
import org.gridx.core.media.domain.MediaObject;
import org.gridx.core.media.rest.MediaView;
import org.gridx.core.media.service.MediaRecords.Prepared;
import org.gridx.core.problem.DatabaseErrors;

/**
 * Takes uploads in: every file is checked first (so one bad file refuses the request before anything is
 * stored), then decoded outside any transaction (the slow part), then all are written in one short one.
 */
@ApplicationScoped
public class MediaIntake {

    static final int MAX_FILES = 10;

    @Inject
    MediaConfig config;
    @Inject
    PhotoProcessor processor;
    @Inject
    MediaRecords records;
    @Inject
    TenantContext tenants;
    @Inject
    SecurityIdentity identity;

    public List<MediaView> store(List<Upload> uploads) {
        if (uploads == null || uploads.isEmpty()) {
            throw MediaProblems.noFiles();
        }
        if (uploads.size() > MAX_FILES) {
            throw MediaProblems.tooManyFiles(uploads.size(), MAX_FILES);
        }
        String tenant = tenants.require();
        List<ImageFormat> formats = uploads.stream().map(u -> UploadCheck.format(u, config.maxBytes())).toList();
        Map<String, Prepared> bySha = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            ImageFormat f = formats.get(i);
            prepared.add(bySha.computeIfAbsent(UploadCheck.sha256(u.bytes()), sha -> records.existing(sha)
                    .map(m -> new Prepared(u, f, sha, null, m))
                    .orElseGet(() -> new Prepared(u, f, sha, processor.process(u, f), null))));
        }
        List<MediaObject> saved;
        try {
            saved = records.saveAll(tenant, prepared, uploader());
        } catch (RuntimeException e) {
            SQLException sql = DatabaseErrors.sqlCause(e);
            if (sql == null || !DatabaseErrors.UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw e;
            }
            // The same photo was uploaded concurrently (a phone retrying) and committed first: take that one.
            saved = records.saveAll(tenant, prepared, uploader());
        }
        return saved.stream().map(m -> MediaView.of(m, tenant)).toList();
    }

    private String uploader() {
        String name = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
