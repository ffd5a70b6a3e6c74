package org.gridx.testkit;

import java.util.concurrent.ThreadLocalRandom;

/** Unique codes per test, so tests never depend on each other's rows or on their order. */
public final class Codes {

    private Codes() {
    }

    /** A fresh tenant code such as {@code t-k3j9x2a}. */
    public static String tenant(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36 * 36), 36);
    }
}
