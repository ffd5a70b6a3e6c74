/**
 * Basic elements (人、地、物、组织) held per grid: residents and households, places, components (部件),
 * organisations; personal numbers encrypted at rest (AES-256-GCM, tenant and field bound as associated
 * data) with a keyed HMAC blind index for exact search, masked everywhere, revealed only with a recorded
 * reason; resident import (CSV/XLSX) with preview and all-or-nothing commit, and export.
 *
 * <p>Wiring left for after merge: {@code service.GridLocator} is answered by the fallback
 * {@code ExplicitGridOnly} (a {@code @DefaultBean}); the grid capability's point-to-grid index replaces it
 * by providing any other {@code GridLocator} bean. {@code component.catalogue_code} is format-checked
 * only; an FK to the global catalogue table (lists capability) belongs in a later changeset once it exists.
 */
package org.gridx.core.elements;
