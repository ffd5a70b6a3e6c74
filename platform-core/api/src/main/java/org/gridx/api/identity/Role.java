package org.gridx.api.identity;

import java.util.Arrays;
import java.util.Optional;
import org.gridx.api.i18n.LocalizedText;

/**
 * Who acts in the model (DOMAIN.md, "Roles"). The code is what tokens carry in {@code groups} and what
 * {@code @RolesAllowed} names, through the constants in {@link Names}.
 */
public enum Role {
    SUPERVISOR(Names.SUPERVISOR, "网格督导员", "Supervisor"),
    GRID_CHIEF(Names.GRID_CHIEF, "网格长", "Grid chief"),
    INSTRUCTOR(Names.INSTRUCTOR, "网格指导员", "Instructor"),
    SPECIALIST(Names.SPECIALIST, "网格专员", "Grid specialist"),
    INFORMANT(Names.INFORMANT, "网格信息员", "Grid informant"),
    DISPATCHER(Names.DISPATCHER, "指挥中心调度员", "Command-centre dispatcher"),
    DEPARTMENT_HANDLER(Names.DEPARTMENT_HANDLER, "职能部门处置人员", "Department handler"),
    TENANT_ADMIN(Names.TENANT_ADMIN, "租户管理员", "Tenant administrator"),
    RESIDENT(Names.RESIDENT, "居民", "Resident"),
    PLATFORM_OPERATOR(Names.PLATFORM_OPERATOR, "平台运维", "Platform operator");

    private final String code;
    private final LocalizedText label;

    Role(String code, String zh, String en) {
        this.code = code;
        this.label = LocalizedText.of(zh, en);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    /** Roles a tenant account may hold; the platform operator is global and never a tenant account. */
    public boolean isTenantRole() {
        return this != PLATFORM_OPERATOR;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Compile-time constants for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String SUPERVISOR = "supervisor";
        public static final String GRID_CHIEF = "grid-chief";
        public static final String INSTRUCTOR = "instructor";
        public static final String SPECIALIST = "specialist";
        public static final String INFORMANT = "informant";
        public static final String DISPATCHER = "dispatcher";
        public static final String DEPARTMENT_HANDLER = "department-handler";
        public static final String TENANT_ADMIN = "tenant-admin";
        public static final String RESIDENT = "resident";
        public static final String PLATFORM_OPERATOR = "platform-operator";

        private Names() {
        }
    }
}
