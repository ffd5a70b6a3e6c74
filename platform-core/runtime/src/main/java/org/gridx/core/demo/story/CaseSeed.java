package org.gridx.core.demo.story;

import java.time.Instant;
import java.util.SplittableRandom;

/** The drawn facts of one generated case before its story: where, what, who reported it, through which channel. */
public record CaseSeed(String number, SplittableRandom random, Instant reportedAt, GridSpot grid, double[] point,
        ItemSpec item, Person reporter, String source, String description) {
}
