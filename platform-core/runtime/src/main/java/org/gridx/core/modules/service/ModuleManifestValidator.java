package org.gridx.core.modules.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;

/**
 * Checks every module declaration of a build against the platform's rules and reports all problems at
 * once, each prefixed with the module it belongs to, so one failed start tells the developer everything
 * to fix. Pure: the classpath lookup is passed in.
 */
public final class ModuleManifestValidator {

    /** URL segments the core uses under /t/{tenant}/ and /api/t/{tenant}/; a module id must not shadow them. */
    public static final Set<String> RESERVED_IDS = Set.of("auth", "me", "modules", "admin", "grid", "elements",
            "lists", "cases", "open311", "operator", "assessment", "login", "logout", "session", "static",
            "public", "board", "api", "t");
    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final Predicate<String> resourceExists;

    public ModuleManifestValidator(Predicate<String> resourceExists) {
        this.resourceExists = resourceExists;
    }

    /** Checks against the classpath of this thread. */
    public static ModuleManifestValidator onClasspath() {
        return new ModuleManifestValidator(path -> Thread.currentThread().getContextClassLoader().getResource(path) != null);
    }

    /** Every problem of the whole set: each module on its own, duplicate ids and requirement cycles. */
    public List<String> problems(List<ModuleManifest> manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (ModuleManifest m : manifests) {
            if (!ids.add(m.id()) && reported.add(m.id())) {
                problems.add("module '" + m.id() + "': the id is declared by more than one module; ids must be unique");
            }
        }
        manifests.forEach(m -> problems.addAll(problemsOf(m, ids)));
        new ModuleGraph(manifests).cycle().ifPresent(c -> problems.add("module '" + c.get(0)
                + "': requirements form a cycle " + String.join(" → ", c) + "; remove one of these requirements"));
        return problems.stream().distinct().toList();
    }

    /** Problems of one declaration, given the ids of every module in the build. */
    public List<String> problemsOf(ModuleManifest m, Set<String> knownIds) {
        List<String> p = new ArrayList<>();
        String id = m.id();
        if (!KEBAB.matcher(id).matches()) {
            p.add("the id must be kebab-case (lower-case letters and digits separated by single '-'), like 'rule-of-law'");
        }
        if (RESERVED_IDS.contains(id)) {
            p.add("the id is a URL segment of the core (" + String.join(", ", RESERVED_IDS.stream().sorted().toList())
                    + "); choose another");
        }
        if (m.version() == null || !SEMVER.matcher(m.version()).matches()) {
            p.add("version '" + m.version() + "' is not a semantic version like 1.2.0");
        }
        if (m.name() == null || m.name().zh().isBlank()) {
            p.add("a name (zh and en) is required");
        }
        m.requires().stream().filter(r -> !knownIds.contains(r))
                .forEach(r -> p.add("requires module '" + r + "', which is not in this build; add it or drop the requirement"));
        checkChangelog(m, p);
        checkSettings(m, p);
        for (PermissionDef perm : m.permissions()) {
            if (perm.name() == null || !perm.name().startsWith(id + ".")) {
                p.add("permission '" + perm.name() + "' must be named '" + id + ".<something>'");
            }
        }
        for (NavEntry nav : m.navigation()) {
            if (nav.path() == null || !(nav.path().equals(id) || nav.path().startsWith(id + "/"))) {
                p.add("navigation path '" + nav.path() + "' must start with the module id ('" + id + "/...')");
            }
        }
        return p.stream().map(s -> "module '" + id + "': " + s).toList();
    }

    private void checkChangelog(ModuleManifest m, List<String> p) {
        String folder = "db/changelog/" + m.id() + "/";
        if (m.changelog() == null || !m.changelog().startsWith(folder)) {
            p.add("changelog '" + m.changelog() + "' must be a file under " + folder);
        } else if (!resourceExists.test(m.changelog())) {
            p.add("changelog '" + m.changelog() + "' is not on the classpath; put it in src/main/resources/" + m.changelog());
        }
    }

    private static void checkSettings(ModuleManifest m, List<String> p) {
        Set<String> keys = new HashSet<>();
        for (SettingDef s : m.settings()) {
            p.addAll(s.declarationProblems());
            if (!keys.add(s.key())) {
                p.add("setting '" + s.key() + "' is declared twice");
            }
        }
    }
}
