package org.gridx.core.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.gridx.api.tenant.TenantOwnedEntity;

/** 街道动态: a news item on the street's public home page, in Chinese and (optionally) English. */
@Entity
@Table(name = "news_item")
public class NewsItem extends TenantOwnedEntity {

    @Column(name = "title_zh")
    public String titleZh;
    @Column(name = "title_en")
    public String titleEn;
    @Column(name = "body_zh")
    public String bodyZh;
    @Column(name = "body_en")
    public String bodyEn;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** The newest public items first. */
    public static List<NewsItem> latest(int max) {
        return find("withdrawnAt is null order by publishedAt desc, id desc").page(0, max).list();
    }
}
