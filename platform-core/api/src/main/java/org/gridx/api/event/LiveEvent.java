package org.gridx.api.event;

import java.util.Map;

/**
 * An event that boards and inboxes show as it happens. It says where it happened so that a stream only
 * carries it to callers whose scope covers that place; its data is small and safe to show to them.
 */
public interface LiveEvent extends DomainEvent {

    /** Dotted type such as {@code case.dispatched}; clients subscribe by prefix. */
    String type();

    /** Code of the grid node it happened in; null when it concerns the whole tenant. */
    String gridCode();

    /** Departments concerned (their handlers see it even outside any grid scope); may be empty. */
    java.util.Set<String> departments();

    /** What a board needs to redraw without another request; no personal data beyond what the viewer may see. */
    Map<String, Object> data();
}
