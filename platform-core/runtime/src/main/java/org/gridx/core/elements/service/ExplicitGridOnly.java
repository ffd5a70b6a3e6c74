package org.gridx.core.elements.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** The fallback locator: no spatial index yet, so a located element must still carry its grid code. */
@DefaultBean
@ApplicationScoped
public class ExplicitGridOnly implements GridLocator {

    @Override
    public Optional<UUID> locate(BigDecimal lon, BigDecimal lat) {
        return Optional.empty();
    }
}
