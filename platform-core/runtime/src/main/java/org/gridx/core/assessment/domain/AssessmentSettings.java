package org.gridx.core.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Weights;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A tenant's weights of the overall score and its grade floors (A, B, C, D). Kept by indicator code, so the
 * stored JSON reads the same as the API; absent = {@link Weights#DEFAULT}.
 */
@Entity
@Table(name = "assessment_settings")
public class AssessmentSettings extends TenantOwnedEntity {

    /** The graded letters with a floor, best first (below D is E). */
    public static final List<String> GRADES = List.of("A", "B", "C", "D");

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> weights = new LinkedHashMap<>();
    @Column(name = "grade_floors")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Double> gradeFloors = List.of();
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<AssessmentSettings> stored() {
        return AssessmentSettings.<AssessmentSettings>findAll().firstResultOptional();
    }

    public Weights toWeights() {
        Map<Indicator, Integer> m = new EnumMap<>(Indicator.class);
        weights.forEach((code, w) -> Indicator.of(code).ifPresent(i -> m.put(i, w)));
        return new Weights(m, gradeFloors);
    }

    /** The settings as the API shows them and the history keeps them: weights by code, floors by grade. */
    public static Map<String, Object> snapshot(Weights w) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        w.weights().forEach((i, v) -> byCode.put(i.code(), v));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("weights", byCode);
        Map<String, Double> floors = new LinkedHashMap<>();
        for (int i = 0; i < GRADES.size(); i++) {
            floors.put(GRADES.get(i), w.gradeFloors().get(i));
        }
        m.put("gradeFloors", floors);
        return m;
    }
}
