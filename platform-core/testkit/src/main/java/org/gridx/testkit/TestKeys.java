package org.gridx.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** A throw-away RS256 key pair per test run, written as PEM files the platform reads like real ones. */
public final class TestKeys {

    private static KeyPair pair;
    private static Path dir;

    private TestKeys() {
    }

    public static synchronized KeyPair pair() {
        if (pair == null) {
            pair = generate();
        }
        return pair;
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized Map<String, String> write() {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("gridx-test-keys");
                Files.writeString(dir.resolve("private.pem"),
                        pem("PRIVATE KEY", pair().getPrivate().getEncoded()));
                Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair().getPublic().getEncoded()));
            }
            return Map.of("smallrye.jwt.sign.key.location", dir.resolve("private.pem").toString(),
                    "mp.jwt.verify.publickey.location", dir.resolve("public.pem").toString(),
                    "gridx.data-dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
