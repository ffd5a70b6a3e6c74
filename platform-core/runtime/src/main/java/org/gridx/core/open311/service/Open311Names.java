package org.gridx.core.open311.service;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.organisation.domain.Department;

/** Names Open311 answers show: items, departments, kinds and time limits, in Chinese or English. */
final class Open311Names {

    static final LocalizedText COMPONENT = LocalizedText.of("部件", "Component");
    static final LocalizedText EVENT = LocalizedText.of("事件", "Event");
    static final LocalizedText LOCAL = LocalizedText.of("本地事项", "Local matters");

    private Open311Names() {
    }

    static LocalizedText item(DisposalListItem i) {
        return LocalizedText.of(i.nameZh, i.nameEn);
    }

    static LocalizedText kind(DisposalListItem i) {
        return "component".equals(i.kind) ? COMPONENT : EVENT;
    }

    /** Every department of the tenant by code (a few dozen rows; one read per answer, not one per request). */
    static Map<String, LocalizedText> departments() {
        return Department.<Department>listAll().stream()
                .collect(Collectors.toMap(d -> d.code, d -> LocalizedText.of(d.nameZh, d.nameEn)));
    }

    /** PT2H → "2 小时" / "2 h"; P3D → "3 天" / "3 d"; PT30M → "30 分钟" / "30 min". */
    static LocalizedText limit(String iso) {
        Duration d = Duration.parse(iso);
        if (d.toMinutes() < 60 || d.toMinutes() % 60 != 0) {
            return LocalizedText.of(d.toMinutes() + " 分钟", d.toMinutes() + " min");
        }
        if (d.toHours() < 24 || d.toHours() % 24 != 0) {
            return LocalizedText.of(d.toHours() + " 小时", d.toHours() + " h");
        }
        return LocalizedText.of(d.toDays() + " 天", d.toDays() + " d");
    }
}
