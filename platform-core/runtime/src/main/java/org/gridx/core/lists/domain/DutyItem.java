package org.gridx.core.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One duty of the party-building, comprehensive-governance or convenience-service responsibility list. */
@Entity
@Table(name = "duty_item")
public class DutyItem extends TenantOwnedEntity {

    public String list;
    public String role;
    public int level;
    @Column(name = "text_zh")
    public String textZh;
    @Column(name = "text_en")
    public String textEn;
    public String frequency;
    public int position;
}
