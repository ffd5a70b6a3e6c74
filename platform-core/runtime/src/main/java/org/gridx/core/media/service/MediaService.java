package org.gridx.core.media.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.gridx.core.media.domain.MediaObject;
import org.gridx.core.media.domain.Rendition;
import org.gridx.core.media.rest.MediaView;
import org.gridx.core.media.storage.BlobStores;

/** The photo store of the current tenant: what other capabilities call (see {@link MediaStore}). */
@ApplicationScoped
public class MediaService implements MediaStore {

    @Inject
    MediaIntake intake;
    @Inject
    BlobStores stores;
    @Inject
    TenantContext tenants;

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
        return intake.store(uploads);
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

    /** The bytes are read from the photo's own storage only when asked for, after any ETag check. */
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
            String etag = m.sha256 + (rendition == Rendition.ORIGINAL ? "" : "-" + rendition.name().toLowerCase(Locale.ROOT));
            String storage = m.storage;
            return new MediaContent(etag, type, () -> stores.named(storage).get(key).orElseThrow(() -> new IllegalStateException(
                    "photo " + id + " is recorded but its " + rendition + " is missing from " + storage + " storage (" + key + ")")));
        });
    }
}
