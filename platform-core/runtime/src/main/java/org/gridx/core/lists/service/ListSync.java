package org.gridx.core.lists.service;

import java.util.List;

/**
 * What bringing a list in line with a tenant definition did, by item key: created, updated, unchanged,
 * and the keys of rows the definition no longer has (kept or retired, as the list's service says).
 */
public record ListSync(List<String> created, List<String> updated, List<String> unchanged, List<String> absent) {
}
