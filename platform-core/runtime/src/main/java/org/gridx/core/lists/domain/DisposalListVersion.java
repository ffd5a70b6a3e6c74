package org.gridx.core.lists.domain;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One version of the tenant's disposal-task responsibility list: the draft, or a frozen published one. */
@Entity
@Table(name = "disposal_list_version")
public class DisposalListVersion extends TenantOwnedEntity {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    public int number;
    public String status;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    /** The published version in force at {@code at}: the latest effective-from not after it. */
    public static Optional<DisposalListVersion> inForceAt(Instant at) {
        return find("status = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom", "number"), PUBLISHED, at)
                .firstResultOptional();
    }

    public static Optional<DisposalListVersion> draft() {
        return find("status", DRAFT).firstResultOptional();
    }

    public static Optional<DisposalListVersion> latestPublished() {
        return find("status", Sort.descending("number"), PUBLISHED).firstResultOptional();
    }

    /** The published version published just before {@code v} (by number), for diffs. */
    public static Optional<DisposalListVersion> previousPublished(DisposalListVersion v) {
        return find("status = ?1 and number < ?2", Sort.descending("number"), PUBLISHED, v.number).firstResultOptional();
    }

    public static List<DisposalListVersion> history() {
        return listAll(Sort.descending("number"));
    }

    public static int nextNumber() {
        Integer max = find("select max(number) from DisposalListVersion").project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }
}
