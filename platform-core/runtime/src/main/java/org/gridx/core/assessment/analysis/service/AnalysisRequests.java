package org.gridx.core.assessment.analysis.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.fact.StatQuery.Bucket;
import org.gridx.core.assessment.scope.FigureScope;

/**
 * One analysis request as the API and the page both make it: the query parameters read and checked (one 422
 * naming every bad field), then the caller's scope applied (FigureScope: a node outside it is 404), then the
 * analysis. Defaults and bounds live here, once.
 */
@RequestScoped
public class AnalysisRequests {

    public static final int MAX_DAYS = 366;

    @Inject
    FigureScope scope;
    @Inject
    SecurityIdentity identity;
    @Inject
    Today today;
    @Inject
    HotSpots hotSpots;
    @Inject
    Recurrences recurrences;
    @Inject
    Trends trends;
    @Inject
    Bottlenecks bottlenecks;

    public HotSpotReport hotSpots(String from, String to, String node, Integer limit, boolean en) {
        Params p = new Params();
        Period period = p.period(from, to, today.date(), 90, MAX_DAYS);
        int n = p.number("limit", limit, 10, 1, 100);
        p.check();
        return hotSpots.of(period, node(node), n, en);
    }

    public RecurrenceReport recurrences(String from, String to, String node, String item, Integer radius, Integer min,
            Integer limit, boolean en) {
        Params p = new Params();
        Period period = p.period(from, to, today.date(), 90, MAX_DAYS);
        int r = p.number("radius", radius, 50, 10, 500);
        int k = p.number("min", min, 3, 2, 100);
        int n = p.number("limit", limit, 50, 1, 200);
        String i = p.item(item);
        p.check();
        return recurrences.find(period, node(node), i, r, k, n, en);
    }

    public TrendReport trends(String from, String to, String node, String bucket, String item) {
        Params p = new Params();
        Bucket b = p.choice("bucket", bucket, Bucket.DAY, Bucket.class);
        Period period = p.period(from, to, today.date(), 30, b == Bucket.DAY ? MAX_DAYS : 3 * MAX_DAYS);
        String i = p.item(item);
        p.check();
        return trends.of(period, node(node), b, i);
    }

    public BottleneckReport bottlenecks(String from, String to, Integer stuck, boolean en) {
        Params p = new Params();
        Period period = p.period(from, to, today.date(), 90, MAX_DAYS);
        int n = p.number("stuck", stuck, 5, 1, 20);
        p.check();
        return bottlenecks.of(period, department(), n, en);
    }

    /** Whether the caller may see department figures (the centre: all; a department handler: their own). */
    public boolean seesDepartments() {
        return scope.wholeTenant() || scope.ownDepartment().isPresent();
    }

    private String node(String requested) {
        return scope.node(requested).orElse(null);
    }

    /** Department figures are street-wide: the centre sees every department, a handler their own, nobody else any. */
    private String department() {
        if (scope.wholeTenant()) {
            return null;
        }
        return scope.ownDepartment().orElseThrow(() -> ProblemException.forbidden(
                identity.hasRole(Role.Names.DEPARTMENT_HANDLER) ? "Your account names no department; ask the tenant administrator."
                        : "Department figures are street-wide: the command centre sees them, a department handler their own department."));
    }
}
