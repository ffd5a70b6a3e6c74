package org.gridx.app.assessment;

import static org.gridx.app.assessment.Street.*;

import java.time.Duration;
import java.time.YearMonth;
import org.gridx.core.clock.GridxClock;

/**
 * Two months of cases on the demo street, chosen so every figure can be computed by hand with DOMAIN.md's
 * default weights (处置率30 按期处置率20 返工率20 超期待处置率20 延期率10):
 * <ul>
 * <li>M1: 高丽美 (北大二网格) illegal structure → city management, handled after 1 h (on time), closed: score 100 A;
 * 吴秀花 (团结二网格) public toilet → public utility centre, handled after 3 days (limit 24 h: late), closed:
 * 30 + 0 + 20 + 20 + 10 = 80 B; 赵敏 (兴盛园三网格) reports something the centre rejects: nothing dispatched, no score.</li>
 * <li>M2: the other way round: 高丽美's case handled late (80 B), 吴秀花's on time (100 A).</li>
 * </ul>
 * So in M2 吴秀花 rises to rank 1 (+20 points, +1 place), 高丽美 falls to 2 (−20, −1); likewise the public
 * utility centre and city management, 团结 and 北大 communities, 团结二 and 北大二 grids.
 */
final class TwoMonths {

    final YearMonth m1 = Street.firstMonth();
    final YearMonth m2 = m1.plusMonths(1);
    final String gaoM1;

    TwoMonths(GridxClock clock, String t) {
        gaoM1 = throughTheLoop(clock, t, at(m1, 10), GAO, ILLEGAL_STRUCTURE, BEIDA_2, CITY_MANAGEMENT, Duration.ofHours(1), true);
        throughTheLoop(clock, t, at(m1, 11), WU, PUBLIC_TOILET, TUANJIE_2, PUBLIC_UTILITY, Duration.ofDays(3), true);
        rejected(clock, t, at(m1, 12), ZHAO, XINGSHENG_3);
        throughTheLoop(clock, t, at(m2, 10), GAO, ILLEGAL_STRUCTURE, BEIDA_2, CITY_MANAGEMENT, Duration.ofDays(3), true);
        throughTheLoop(clock, t, at(m2, 11), WU, PUBLIC_TOILET, TUANJIE_2, PUBLIC_UTILITY, Duration.ofHours(1), true);
        // "now" is early in the month after M2, so M2 is the last complete month (the default)
        clock.set(at(m2.plusMonths(1), 3));
    }
}
