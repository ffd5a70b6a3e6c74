package org.gridx.core.lists.domain;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One thing an informant checks on the daily patrol, optionally tied to the catalogue matter it reports. */
@Entity
@Table(name = "patrol_item")
public class PatrolItem extends TenantOwnedEntity {

    @Column(name = "text_zh")
    public String textZh;
    @Column(name = "text_en")
    public String textEn;
    @Column(name = "catalogue_kind")
    public String catalogueKind;
    @Column(name = "catalogue_code")
    public String catalogueCode;
    public int position;
    public boolean active = true;

    public static List<PatrolItem> activeChecklist() {
        return list("active", Sort.by("position", "id"), true);
    }
}
