package org.gridx.core.onboarding.service;

import java.util.List;
import java.util.Map;

/**
 * What an import (or dry run) found and did, for the operator API and the command line.
 *
 * @param outcome          created (new tenant), updated, unchanged, or valid (dry run)
 * @param definition       number of items per kind in the definition
 * @param counts           per kind: created / updated / unchanged / absent (empty for a dry run)
 * @param initialPasswords generated passwords of accounts created now, by username; shown only here, once
 * @param serverMillis     time spent on the server, validation included
 */
public record ImportReport(String tenant, String outcome, boolean dryRun, Map<String, Integer> definition,
        Map<String, KindCounts> counts, Map<String, String> initialPasswords, List<String> notes, long serverMillis) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";
    public static final String VALID = "valid";

    public static final String NEVER_DELETES = "Items in the database but not in the definition are listed as "
            + "'absent' and were left in place: an import never deletes (cases and history may refer to them).";
    public static final String SAME_HASH = "The definition is identical to the last one imported (same hash): "
            + "nothing was compared or written. Import with force to compare row by row.";

    public boolean created() {
        return CREATED.equals(outcome);
    }
}
