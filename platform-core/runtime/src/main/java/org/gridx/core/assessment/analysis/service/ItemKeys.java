package org.gridx.core.assessment.analysis.service;

/** The GRID_ITEM key {@code gridCode|itemCode} taken apart; item "service" is a convenience-service request. */
public record ItemKeys(String grid, String item) {

    public static final String SERVICE = "service";

    public static ItemKeys of(String key) {
        int bar = key.indexOf('|');
        return bar < 0 ? new ItemKeys(key, "") : new ItemKeys(key.substring(0, bar), key.substring(bar + 1));
    }

    public static String serviceName(boolean en) {
        return en ? "Convenience service" : "便民服务";
    }
}
