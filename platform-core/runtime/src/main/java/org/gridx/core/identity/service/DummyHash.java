package org.gridx.core.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * A real Argon2id hash of a random password nobody knows. Sign-ins for unknown usernames are verified
 * against it, so they take as long as sign-ins with a wrong password and timing does not reveal which
 * usernames exist.
 */
@ApplicationScoped
public class DummyHash {

    @Inject
    PasswordHasher hasher;

    private String hash;

    @PostConstruct
    void init() {
        hash = hasher.hash(UUID.randomUUID().toString());
    }

    /** Spends the same work as a real verification and always fails. */
    public void burn(String password) {
        hasher.verify(password == null ? "" : password, hash);
    }
}
