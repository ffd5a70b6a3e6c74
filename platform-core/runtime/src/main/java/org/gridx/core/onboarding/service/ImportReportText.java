package org.gridx.core.onboarding.service;

import java.util.Map;

/** The report as a person reads it on a terminal (command line, launcher output). */
public final class ImportReportText {

    private ImportReportText() {
    }

    public static String render(ImportReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Tenant ").append(r.tenant()).append(": ").append(r.outcome())
                .append(" (server time ").append(r.serverMillis()).append(" ms)\n");
        if (r.counts().isEmpty()) {
            r.definition().forEach((kind, n) -> sb.append(String.format("  %-12s %4d in the definition%n", kind, n)));
        }
        r.counts().forEach((kind, c) -> {
            sb.append(String.format("  %-12s created %3d  updated %3d  unchanged %3d", kind, c.created(), c.updated(), c.unchanged()));
            sb.append(c.absent().isEmpty() ? "\n" : "  absent: " + String.join(", ", c.absent()) + "\n");
        });
        if (!r.initialPasswords().isEmpty()) {
            sb.append("Initial passwords of the new accounts (shown once; hand them over and have them changed):\n");
            for (Map.Entry<String, String> e : r.initialPasswords().entrySet()) {
                sb.append(String.format("  %-20s %s%n", e.getKey(), e.getValue()));
            }
        }
        r.notes().forEach(n -> sb.append("Note: ").append(n).append('\n'));
        return sb.toString();
    }
}
