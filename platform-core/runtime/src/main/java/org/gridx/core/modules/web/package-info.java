/**
 * The tenant-admin page for modules ({@code /t/{tenant}/admin/modules}) belongs here; it is NOT built yet
 * because it needs the shared page layout (being built on the identity/web branch).
 *
 * <p>What it should do, using only what exists already:
 * <ul>
 *   <li>list {@link org.gridx.core.modules.service.ModuleCatalogue#all()} (name zh/en by locale, version,
 *       on/off, requires) for a {@code tenant-admin};</li>
 *   <li>one form per module rendering each setting definition by type (BOOLEAN checkbox, INTEGER number
 *       with min/max, TEXT with max length, CHOICE select) with the effective values;</li>
 *   <li>on submit call {@link org.gridx.core.modules.service.ModuleEnablementService#enable} or
 *       {@code disable} in a transaction, and show a {@code ProblemException}'s field problems
 *       ({@code /settings/<key>}) next to their fields, and 409 details (requirements) at the top;</li>
 *   <li>menus: the layout takes module entries from
 *       {@link org.gridx.core.modules.service.ModuleNavigation#entries}, so a disabled module's entries
 *       disappear by themselves.</li>
 * </ul>
 * Disabled modules' pages under {@code /t/{tenant}/<module>/…} already answer 404 through
 * {@link org.gridx.core.modules.rest.DisabledModuleGate} (as problem+json for now; the layout's error page
 * can render it).
 */
package org.gridx.core.modules.web;
