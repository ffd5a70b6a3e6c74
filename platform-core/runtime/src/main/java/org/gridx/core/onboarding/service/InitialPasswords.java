package org.gridx.core.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.core.identity.service.PasswordHasher;

/**
 * Passwords for accounts an import creates. Argon2id costs ~50 ms per hash, which would dominate the
 * import (15 demo accounts ≈ 0.75 s), so: a shared initial password is hashed once and the hash reused
 * (the accounts share that password by construction, so distinct salts would hide nothing an attacker
 * does not already know); random passwords are hashed in parallel.
 */
@ApplicationScoped
public class InitialPasswords {

    /** No 0/O, 1/l/I: people type these from a printout. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A password's hash, and the password itself when it was generated (to be shown once). */
    public record Issued(String hash, String generated) {
    }

    @Inject
    PasswordHasher hasher;

    public Map<String, Issued> issue(Collection<String> usernames, String initialPassword) {
        if (initialPassword != null) {
            Issued shared = new Issued(usernames.isEmpty() ? null : hasher.hash(initialPassword), null);
            return usernames.stream().collect(Collectors.toMap(Function.identity(), u -> shared));
        }
        return usernames.parallelStream().collect(Collectors.toMap(Function.identity(), u -> {
            String password = generate();
            return new Issued(hasher.hash(password), password);
        }));
    }

    /** 16 characters of 57 symbols ≈ 93 bits, grouped in fours for reading aloud. */
    static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
