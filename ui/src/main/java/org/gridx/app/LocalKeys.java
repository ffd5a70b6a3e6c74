package org.gridx.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Generates the token signing key pair once into the data directory for the single-machine run. */
final class LocalKeys {

    private LocalKeys() {
    }

    static void ensure(Path dir) {
        Path priv = dir.resolve("jwt-private.pem");
        Path pub = dir.resolve("jwt-public.pem");
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                Files.createDirectories(dir);
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                KeyPair pair = g.generateKeyPair();
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                try {
                    Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system (Windows): the data directory's own permissions apply
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write token keys to " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        System.setProperty("smallrye.jwt.sign.key.location", priv.toString());
        System.setProperty("mp.jwt.verify.publickey.location", pub.toString());
    }

    /** The personal-data key (elements): 32 random bytes in base64, generated once, owner-readable only. */
    static void ensureDataKey(Path dir) {
        Path file = dir.resolve("data.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system: the data directory's own permissions apply
                }
            }
            System.setProperty("gridx.crypto.key", Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the data key to " + dir, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
