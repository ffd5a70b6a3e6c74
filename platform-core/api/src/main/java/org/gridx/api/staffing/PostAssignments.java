package org.gridx.api.staffing;

/**
 * How a module changes who holds a resident post on a grid (楼栋长 building head, 居民小组长 resident-group
 * leader): an election's winner becomes the holder, recorded with its basis (the election) like any
 * other staffing change.
 */
public interface PostAssignments {

    /** Makes {@code assignment.username()} the holder; a holder already there is replaced. */
    void assign(PostAssignment assignment);
}
