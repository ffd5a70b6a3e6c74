package org.gridx.core.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.portal.domain.NewsItem;

/** Publishes and withdraws the street's news; the public home page shows what is not withdrawn. */
@ApplicationScoped
@Transactional
public class NewsDesk {

    static final int PUBLIC_MAX = 20;

    @Inject
    GridxClock clock;

    public NewsItem publish(NewsInput in, String by) {
        NewsItem n = new NewsItem();
        n.titleZh = in.titleZh().strip();
        n.titleEn = blankToNull(in.titleEn());
        n.bodyZh = in.bodyZh().strip();
        n.bodyEn = blankToNull(in.bodyEn());
        n.publishedBy = by;
        n.publishedAt = clock.now();
        n.persist();
        return n;
    }

    public NewsItem withdraw(UUID id) {
        NewsItem n = NewsItem.findById(id);
        if (n == null) {
            throw ProblemException.notFound("There is no news item " + id + " in this street.");
        }
        if (n.withdrawnAt == null) {
            n.withdrawnAt = clock.now();
        }
        return n;
    }

    public List<NewsItem> published() {
        return NewsItem.latest(PUBLIC_MAX);
    }

    public NewsItem publicOne(UUID id) {
        NewsItem n = NewsItem.findById(id);
        if (n == null || n.withdrawnAt != null) {
            throw ProblemException.notFound("There is no published news item " + id + " in this street.");
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
