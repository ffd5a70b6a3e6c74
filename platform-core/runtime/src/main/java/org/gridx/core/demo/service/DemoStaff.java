package org.gridx.core.demo.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridx.api.identity.Role;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.organisation.domain.Department;

/**
 * The people a generated year needs and a demo definition may not have: an informant (网格信息员) for each grid
 * and a handler for each department that leads list items (the report's street has 104 informants and 86
 * department staff; the demo definition names a few). They are created once, without a password, so nobody
 * can sign in as them; an existing account of the right post is always preferred.
 */
@ApplicationScoped
public class DemoStaff {

    /** The grid's own informant (or specialist), creating a demo informant when it has neither. */
    public Account worker(String gridCode, String gridName, List<Account> all) {
        Optional<Account> own = all.stream().filter(a -> a.isActive() && a.gridScope.contains(gridCode)
                && (a.roles.contains(Role.Names.INFORMANT) || a.roles.contains(Role.Names.SPECIALIST)))
                .sorted(java.util.Comparator.comparing((Account a) -> !a.roles.contains(Role.Names.INFORMANT))
                        .thenComparing(a -> a.username)).findFirst();
        return own.orElseGet(() -> create("demo.informant." + gridCode, gridName + "信息员", Role.Names.INFORMANT,
                List.of(gridCode), null, all));
    }

    /** A handler of the department, creating a demo one when it has none. */
    public Account handler(String department, List<Account> all) {
        return all.stream().filter(a -> a.isActive() && department.equals(a.departmentCode)
                && a.roles.contains(Role.Names.DEPARTMENT_HANDLER)).min(java.util.Comparator.comparing(a -> a.username))
                .orElseGet(() -> create("demo.handler." + department, Department.findByCode(department)
                        .map(d -> d.nameZh).orElse(department) + "处置员", Role.Names.DEPARTMENT_HANDLER, List.of(),
                        department, all));
    }

    /** The command centre's dispatchers, creating one when the tenant has none. */
    public List<Account> dispatchers(List<Account> all) {
        List<Account> d = all.stream().filter(a -> a.isActive() && a.roles.contains(Role.Names.DISPATCHER))
                .sorted(java.util.Comparator.comparing(a -> a.username)).toList();
        return d.isEmpty() ? List.of(create("demo.dispatcher", "指挥中心调度员", Role.Names.DISPATCHER, List.of(), null, all)) : d;
    }

    private static Account create(String username, String name, String role, List<String> scope, String department,
            List<Account> all) {
        Account a = new Account();
        a.username = username.length() > 64 ? username.substring(0, 64) : username;
        a.displayName = name.length() > 100 ? name.substring(0, 100) : name;
        a.passwordHash = null;
        a.roles = new ArrayList<>(List.of(role));
        a.gridScope = new ArrayList<>(scope);
        a.departmentCode = department;
        a.persist();
        all.add(a);
        return a;
    }
}
