package org.gridx.core.portal.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.core.portal.domain.NewsItem;

/** A news item as the public sees it (English falls back to Chinese); {@code withdrawnAt} only for its editors. */
public record NewsView(UUID id, String titleZh, String titleEn, String bodyZh, String bodyEn, Instant publishedAt,
        Instant withdrawnAt) {

    public static NewsView of(NewsItem n) {
        return new NewsView(n.id, n.titleZh, n.titleEn == null ? n.titleZh : n.titleEn, n.bodyZh,
                n.bodyEn == null ? n.bodyZh : n.bodyEn, n.publishedAt, n.withdrawnAt);
    }
}
