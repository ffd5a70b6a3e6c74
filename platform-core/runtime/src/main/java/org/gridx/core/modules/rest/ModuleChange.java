package org.gridx.core.modules.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * What a tenant administrator asks for: the module on (with settings; missing keys take their defaults)
 * or off. Settings only mean something when enabling.
 */
public record ModuleChange(
        @NotNull(message = "say whether the module should be on: true or false") Boolean enabled,
        @Size(max = 100, message = "at most 100 settings") Map<String, Object> settings) {
}
