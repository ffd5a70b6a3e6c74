package org.gridx.core.identity.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.core.identity.domain.OperatorAccount;

/**
 * Makes sure a fresh platform can be administered: when no operator exists it creates {@code operator},
 * with the password from GRIDX_OPERATOR_PASSWORD, or, only on the single-machine run, a generated one
 * written to {@code <data-dir>/operator-password.txt} (owner-only) and logged once. A production
 * deployment without GRIDX_OPERATOR_PASSWORD gets a warning, never a guessable default.
 */
@ApplicationScoped
public class OperatorBootstrap {

    static final String USERNAME = "operator";
    static final String FILE = "operator-password.txt";

    @Inject
    PasswordHasher hasher;
    @ConfigProperty(name = "gridx.operator.password")
    Optional<String> password;
    @ConfigProperty(name = "gridx.local-run", defaultValue = "false")
    boolean localRun;
    @ConfigProperty(name = "gridx.data-dir", defaultValue = "data")
    String dataDir;

    /** Runs after Liquibase; the request context lets Hibernate resolve "no tenant" for this global table. */
    @Transactional
    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        ensureOperator();
    }

    /** Returns true when it created the operator. */
    boolean ensureOperator() {
        if (OperatorAccount.count() > 0) {
            return false;
        }
        String secret = password.filter(p -> !p.isBlank()).orElse(null);
        if (secret == null && !localRun) {
            Log.warn("No platform operator exists. Set GRIDX_OPERATOR_PASSWORD and restart to create 'operator'.");
            return false;
        }
        if (secret == null) {
            secret = generate();
            Path file = writeOwnerOnly(Path.of(dataDir).resolve(FILE), secret);
            Log.infof("Created platform operator '%s' with a generated password (also in %s): %s", USERNAME, file, secret);
        } else {
            Log.infof("Created platform operator '%s' with the password from GRIDX_OPERATOR_PASSWORD", USERNAME);
        }
        OperatorAccount o = new OperatorAccount();
        o.username = USERNAME;
        o.displayName = "Platform operator";
        o.passwordHash = hasher.hash(secret);
        o.persist();
        return true;
    }

    private static String generate() {
        byte[] raw = new byte[18];
        new SecureRandom().nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static Path writeOwnerOnly(Path file, String secret) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, secret + System.lineSeparator());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the operator password to " + file, e);
        }
    }
}
