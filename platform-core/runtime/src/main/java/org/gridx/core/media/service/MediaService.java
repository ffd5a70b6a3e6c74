package org.gridx.core.media.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.media.config.MediaConfig;
import org.gridx.core.media.domain.ImageFormat;
import org.gridx.core.media.domain.MediaObject;
import org.gridx.core.media.domain.Rendition;
import org.gridx.core.media.rest.MediaView;
import org.gridx.core.media.service.MediaRecords.Prepared;
import org.gridx.core.media.storage.BlobStores;

/**
 * The photo store of the current tenant. Uploads are checked and decoded outside any transaction (the
 * slow part), then written in one short transaction, all or none.
 */
@ApplicationScoped
public class MediaService implements MediaStore {

    static final int MAX_FILES = 10;

    @Inject
    MediaConfig config;
    @Inject
    PhotoProcessor processor;
    @Inject
    MediaRecords records;
    @Inject
    BlobStores stores;
    @Inject
    TenantContext tenants;
    @Inject
    SecurityIdentity identity;

    @Override
    @Transactional
    public void requireAll(Collection<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<UUID> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<UUID> found = MediaObject.<MediaObject>list("id in ?1", wanted).stream().map(m -> m.id).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        ids.forEach(id -> {
            if (id == null || !found.contains(id)) {
                missing.add(String.valueOf(id));
            }
        });
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Unknown photo", "No photo " + String.join(", ", missing)
                    + " in this tenant. Upload photos first (POST /api/t/" + tenants.require()
                    + "/media) and send the ids it returns.").withErrors(List.of(new FieldProblem(field,
                            "unknown photo id " + String.join(", ", missing)))));
        }
    }

    @Override
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
        return records.saveAll(tenant, prepared, uploader()).stream().map(m -> MediaView.of(m, tenant)).toList();
    }

    @Override
    @Transactional
    public Optional<MediaView> find(UUID id) {
        return MediaObject.<MediaObject>findByIdOptional(id).map(m -> MediaView.of(m, tenants.require()));
    }

    @Override
    @Transactional
    public List<MediaView> findAll(Collection<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, MediaObject> byId = MediaObject.<MediaObject>list("id in ?1", new LinkedHashSet<>(ids)).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        String tenant = tenants.require();
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).map(m -> MediaView.of(m, tenant)).toList();
    }

    @Override
    @Transactional
    public Optional<MediaContent> open(UUID id, Rendition rendition) {
        return MediaObject.<MediaObject>findByIdOptional(id).map(m -> {
            String key = switch (rendition) {
                case ORIGINAL -> m.originalKey;
                case PUBLIC -> m.publicKey;
                case THUMBNAIL -> m.thumbnailKey;
            };
            String type = switch (rendition) {
                case ORIGINAL -> m.contentType;
                case PUBLIC -> m.publicType;
                case THUMBNAIL -> "image/jpeg";
            };
            String etag = m.sha256 + (rendition == Rendition.ORIGINAL ? "" : "-" + rendition.name().toLowerCase(java.util.Locale.ROOT));
            String storage = m.storage;
            return new MediaContent(etag, type, () -> stores.named(storage).get(key).orElseThrow(() -> new IllegalStateException(
                    "photo " + id + " is recorded but its " + rendition + " is missing from " + storage + " storage (" + key + ")")));
        });
    }

    private String uploader() {
        String name = identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
