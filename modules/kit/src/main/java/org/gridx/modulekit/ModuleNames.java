package org.gridx.modulekit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every name a module derives from its id (ARCHITECTURE.md, "Names"), checked once so a bad id fails here
 * with a sentence saying what to change, not later as a compile error or a registry refusal.
 *
 * @param id         kebab-case: REST and page segment, Liquibase folder, permission namespace
 * @param pkg        Java package segment under org.gridx.modules, and the Qute message-bundle namespace
 * @param className  class-name prefix (PascalCase)
 * @param table      table prefix, {@code <id_with_underscores>_}
 */
public record ModuleNames(String id, String pkg, String className, String table, String nameZh, String nameEn) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Must equal the core's ModuleManifestValidator.RESERVED_IDS (ModuleKitRulesTest in ui keeps them equal). */
    public static final Set<String> RESERVED_IDS = Set.of("auth", "me", "modules", "admin", "grid", "elements",
            "lists", "cases", "open311", "operator", "assessment", "login", "logout", "session", "static",
            "public", "board", "api", "t");
    /** Java keywords and the Qute namespaces already taken (core bundles msg, cw, fw, nt; built-ins). */
    private static final Set<String> TAKEN_SEGMENTS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
            "msg", "cw", "fw", "nt", "inject", "cdi", "config", "str", "time", "uri");
    private static final Pattern UNSAFE_TEXT = Pattern.compile("[\\p{Cntrl}\"\\\\<>&{}$]");

    /** Checks the three inputs of {@code new-module.sh}; throws with every problem found. */
    public static ModuleNames of(String id, String nameZh, String nameEn) {
        StringBuilder problems = new StringBuilder();
        if (id == null || !KEBAB.matcher(id).matches() || id.length() > 40) {
            problems.append("\n  - id '").append(id).append("' must be kebab-case, 2 to 40 characters: lower-case letters and"
                    + " digits in words joined by single '-', starting with a letter, like 'rule-of-law'");
        } else {
            if (id.length() < 2) {
                problems.append("\n  - id '").append(id).append("' is too short: use 2 to 40 characters");
            }
            if (RESERVED_IDS.contains(id)) {
                problems.append("\n  - id '").append(id).append("' is a URL segment of the core ")
                        .append(RESERVED_IDS.stream().sorted().toList()).append("; choose another");
            }
            if (TAKEN_SEGMENTS.contains(id.replace("-", ""))) {
                problems.append("\n  - id '").append(id).append("' would make the Java package or message namespace '")
                        .append(id.replace("-", "")).append("', which Java or Qute already uses; choose another");
            }
        }
        checkName(problems, "Chinese name", nameZh);
        checkName(problems, "English name", nameEn);
        if (nameEn != null && !nameEn.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            problems.append("\n  - English name '").append(nameEn).append("' must be plain ASCII text");
        }
        if (problems.length() > 0) {
            throw new IllegalArgumentException("cannot generate the module:" + problems);
        }
        return new ModuleNames(id, id.replace("-", ""), pascal(id), id.replace('-', '_') + "_", nameZh.strip(), nameEn.strip());
    }

    private static void checkName(StringBuilder problems, String what, String name) {
        if (name == null || name.isBlank() || name.strip().length() > 40) {
            problems.append("\n  - the ").append(what).append(" is required, at most 40 characters");
        } else if (UNSAFE_TEXT.matcher(name).find()) {
            problems.append("\n  - the ").append(what).append(" '").append(name)
                    .append("' must not contain quotes, backslashes, < > & { } $ or control characters");
        }
    }

    private static String pascal(String id) {
        StringBuilder b = new StringBuilder();
        for (String word : id.split("-")) {
            b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return b.toString();
    }

    /** Placeholder → value, as they appear in the template's paths and texts. */
    public Map<String, String> placeholders() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("__ID__", id);
        p.put("__PKG__", pkg);
        p.put("__CLASS__", className);
        p.put("__TABLE__", table);
        p.put("__NAME_ZH__", nameZh);
        p.put("__NAME_EN__", nameEn);
        return p;
    }
}
