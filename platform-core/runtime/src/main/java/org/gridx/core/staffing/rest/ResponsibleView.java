package org.gridx.core.staffing.rest;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "who is responsible for grid X, role R, at T": the node whose posts answered (the grid
 * itself, or the nearest ancestor for command roles), the acting people, and every post considered.
 */
public record ResponsibleView(String grid, String role, Instant at, String answeredBy, boolean inherited,
        List<PersonRef> responsible, List<PostView> posts) {
}
