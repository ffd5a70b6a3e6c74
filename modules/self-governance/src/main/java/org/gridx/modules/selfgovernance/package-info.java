/**
 * 居民自治 (resident self-governance), a "+X" module. One package per capability ({@code forum}, then
 * {@code meeting}, {@code proposal}, {@code poll}, {@code election}), each with {@code rest/ service/ domain/
 * web/}; only {@code org.gridx.api} of the platform is used (ArchitectureTest).
 */
package org.gridx.modules.selfgovernance;
