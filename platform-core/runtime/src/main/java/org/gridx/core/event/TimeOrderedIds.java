package org.gridx.core.event;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562: 48-bit Unix milliseconds, then random bits) for rows written with plain JDBC,
 * matching the time-ordered ids Hibernate gives entities.
 */
final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
