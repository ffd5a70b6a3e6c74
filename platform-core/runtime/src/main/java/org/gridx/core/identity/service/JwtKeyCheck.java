package org.gridx.core.identity.service;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without usable token keys. Left alone, a missing signing key only fails at the first
 * sign-in (SRJWT05021) and a missing verification key makes every request 401: both look like user
 * errors in production. Also checks the two keys belong together.
 */
@ApplicationScoped
public class JwtKeyCheck {

    void check(@Observes StartupEvent event,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signing,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> verifying) {
        PrivateKey priv = read(signing, "signing (private)", "GRIDX_JWT_PRIVATE_KEY", true);
        PublicKey pub = read(verifying, "verification (public)", "GRIDX_JWT_PUBLIC_KEY", false);
        if (!matches(priv, pub)) {
            throw new IllegalStateException("GridX refuses to start: the token signing key (GRIDX_JWT_PRIVATE_KEY) "
                    + "and the verification key (GRIDX_JWT_PUBLIC_KEY) are not one key pair.");
        }
    }

    private static <K> K read(Optional<String> location, String what, String env, boolean isPrivate) {
        String hint = "Set " + env + " to a readable PEM file (RS256, 2048 bits or more).";
        String pem = location.flatMap(JwtKeyCheck::load).orElseThrow(() -> new IllegalStateException(
                "GridX refuses to start: the token " + what + " key is missing or unreadable at '"
                        + location.orElse("(not set)") + "'. " + hint));
        try {
            @SuppressWarnings("unchecked")
            K key = (K) (isPrivate ? KeyUtils.decodePrivateKey(pem) : KeyUtils.decodePublicKey(pem));
            return key;
        } catch (Exception e) {
            throw new IllegalStateException("GridX refuses to start: the token " + what + " key at '"
                    + location.get() + "' is not a valid RSA key (" + e.getMessage() + "). " + hint, e);
        }
    }

    /** Reads a key the way SmallRye does: a file path, or a {@code classpath:}/{@code file:} location. */
    private static Optional<String> load(String location) {
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path path = Path.of(location.replaceFirst("^file:", ""));
            return Files.isReadable(path) ? Optional.of(Files.readString(path)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(PrivateKey priv, PublicKey pub) {
        try {
            byte[] probe = "gridx-key-check".getBytes(StandardCharsets.UTF_8);
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(priv);
            s.update(probe);
            byte[] sig = s.sign();
            s.initVerify(pub);
            s.update(probe);
            return s.verify(sig);
        } catch (Exception e) {
            return false;
        }
    }
}
