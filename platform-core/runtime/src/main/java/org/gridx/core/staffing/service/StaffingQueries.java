package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.domain.StaffPost;
import org.gridx.core.staffing.rest.PersonRef;
import org.gridx.core.staffing.domain.ResidentPost;
import org.gridx.core.staffing.rest.PostView;
import org.gridx.core.staffing.rest.ResidentPostView;
import org.gridx.core.staffing.rest.ResponsibleView;
import org.gridx.core.staffing.rest.UnderstaffedView;

/** Read side of staffing: posts with their acting holders, the responsible-person answer, under-staffing. */
@ApplicationScoped
@Transactional
public class StaffingQueries {

    @Inject
    GridTree tree;
    @Inject
    ActingHolder acting;

    /** Posts on the nodes {@code visible} allows, tree order (by node code, then role). */
    public List<PostView> posts(Instant at, java.util.function.Predicate<GridNode> visible) {
        Map<UUID, GridNode> nodes = GridNode.<GridNode>listAll().stream().collect(Collectors.toMap(n -> n.id, n -> n));
        return StaffPost.<StaffPost>listAll().stream()
                .filter(p -> visible.test(nodes.get(p.nodeId)))
                .map(p -> PostView.of(p, nodes.get(p.nodeId), acting.at(p, at)))
                .sorted(Comparator.comparing(PostView::node).thenComparing(v -> PostRules.ROLES.indexOf(v.role())))
                .toList();
    }

    /** Resident posts (楼栋长, 居民小组长) on the nodes {@code visible} allows, by grid code then post. */
    public List<ResidentPostView> residentPosts(java.util.function.Predicate<GridNode> visible) {
        Map<UUID, GridNode> nodes = GridNode.<GridNode>listAll().stream().collect(Collectors.toMap(n -> n.id, n -> n));
        return ResidentPost.<ResidentPost>listAll().stream().filter(p -> visible.test(nodes.get(p.gridNodeId)))
                .map(p -> ResidentPostView.of(p, nodes.get(p.gridNodeId)))
                .sorted(Comparator.comparing(ResidentPostView::node).thenComparing(ResidentPostView::post)
                        .thenComparing(v -> v.placeName() == null ? "" : v.placeName()))
                .toList();
    }

    public ResponsibleView responsible(String gridCode, String role, Instant at) {
        if (!PostRules.ROLES.contains(role)) {
            throw ProblemException.invalid("Unknown post role.", List.of(new FieldProblem("role", "use one of " + PostRules.ROLES)));
        }
        GridNode grid = tree.node(gridCode, "grid");
        List<GridNode> chain = PostRules.walksUp(role) ? tree.selfAndAncestors(grid) : List.of(grid);
        for (GridNode node : chain) {
            List<StaffPost> posts = StaffPost.at(node.id, role);
            if (!posts.isEmpty()) {
                List<PostView> views = posts.stream().map(p -> PostView.of(p, node, acting.at(p, at))).toList();
                List<PersonRef> people = views.stream().map(PostView::acting).filter(Objects::nonNull).distinct().toList();
                return new ResponsibleView(gridCode, role, at, node.code, node != grid, people, views);
            }
        }
        throw ProblemException.notFound("No " + role + " post at grid " + gridCode
                + (PostRules.walksUp(role) ? " or above it" : "") + "; a tenant administrator adds one under staffing.");
    }

    public List<UnderstaffedView> understaffed() {
        Map<UUID, Long> informants = StaffPost.<StaffPost>list("role", Role.Names.INFORMANT).stream()
                .collect(Collectors.groupingBy(p -> p.nodeId, Collectors.counting()));
        return GridNode.<GridNode>list("level = 3 and households is not null order by code").stream()
                .filter(n -> informants.getOrDefault(n.id, 0L) < PostRules.informantsNeeded(n.households))
                .map(n -> new UnderstaffedView(n.code, n.nameZh, n.households, PostRules.informantsNeeded(n.households),
                        informants.getOrDefault(n.id, 0L).intValue()))
                .toList();
    }
}
