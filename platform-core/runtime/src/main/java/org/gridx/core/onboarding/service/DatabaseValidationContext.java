package org.gridx.core.onboarding.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.gridx.api.module.ModuleManifest;
import org.gridx.core.modules.service.ModuleRegistry;
import org.gridx.core.onboarding.validation.ValidationContext;

/**
 * The platform's answers for validation: parent tenants from the global tenant table (plain JDBC, since
 * validation runs before any tenant is set and outside any request), modules from the registry.
 */
@ApplicationScoped
public class DatabaseValidationContext implements ValidationContext {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ModuleRegistry registry;

    @Override
    public boolean tenantExists(String code) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM tenant WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the tenant directory", e);
        }
    }

    @Override
    public boolean catalogueHas(String kind, String code) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM catalogue_entry WHERE kind = ? AND code = ?")) {
            ps.setString(1, kind);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalogue", e);
        }
    }

    @Override
    public Optional<ModuleManifest> module(String id) {
        return registry.manifest(id);
    }

    @Override
    public Collection<String> moduleIds() {
        return registry.all().stream().map(m -> m.manifest().id()).toList();
    }
}
