package org.gridx.core.fieldwork.service;

/** A record and whether this request created it (false: an idempotent retry returned the first one). */
public record Recorded<T>(T record, boolean created) {
}
