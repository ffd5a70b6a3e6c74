package org.gridx.core.lists.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/**
 * One component (部件) or matter (事项) of the national catalogue GB/T 47678.5-2026. Global and read-only:
 * the application role has SELECT only, and Hibernate never writes it.
 */
@Entity
@Immutable
@Table(name = "catalogue_entry")
@IdClass(CatalogueEntry.Key.class)
public class CatalogueEntry extends PanacheEntityBase {

    /** Kind values as the CSV spells them. */
    public static final String COMPONENT = "component";
    public static final String ITEM = "item";

    @Id
    public String kind;
    @Id
    public String code;
    @Column(name = "major_class_code")
    public String majorClassCode;
    @Column(name = "major_class")
    public String majorClass;
    public String name;

    /** Codes are unique per kind only: 01001 is both a component and the matter "its anomaly". */
    public static Optional<CatalogueEntry> byKindAndCode(String kind, String code) {
        return find("kind = ?1 and code = ?2", kind, code).firstResultOptional();
    }

    public record Key(String kind, String code) implements Serializable {
    }
}
