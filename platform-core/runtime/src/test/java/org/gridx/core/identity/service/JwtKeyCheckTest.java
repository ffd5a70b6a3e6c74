package org.gridx.core.identity.service;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeyCheckTest {

    @TempDir
    Path dir;

    @Test
    void missingSigningKeyNamesTheVariable() throws Exception {
        Path pub = write("pub.pem", "PUBLIC KEY", pair().getPublic().getEncoded());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new JwtKeyCheck()
                .check(null, Optional.of(dir.resolve("missing.pem").toString()), Optional.of(pub.toString())));
        assertTrue(e.getMessage().contains("GRIDX_JWT_PRIVATE_KEY"), e.getMessage());
    }

    @Test
    void unreadableVerificationKeyNamesTheVariable() throws Exception {
        Path priv = write("priv.pem", "PRIVATE KEY", pair().getPrivate().getEncoded());
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a key");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new JwtKeyCheck().check(null, Optional.of(priv.toString()), Optional.of(junk.toString())));
        assertTrue(e.getMessage().contains("GRIDX_JWT_PUBLIC_KEY"), e.getMessage());
        IllegalStateException unset = assertThrows(IllegalStateException.class,
                () -> new JwtKeyCheck().check(null, Optional.of(priv.toString()), Optional.empty()));
        assertTrue(unset.getMessage().contains("GRIDX_JWT_PUBLIC_KEY"), unset.getMessage());
    }

    @Test
    void keysOfDifferentPairsAreRefused() throws Exception {
        Path priv = write("priv.pem", "PRIVATE KEY", pair().getPrivate().getEncoded());
        Path pub = write("pub.pem", "PUBLIC KEY", pair().getPublic().getEncoded());
        assertThrows(IllegalStateException.class,
                () -> new JwtKeyCheck().check(null, Optional.of(priv.toString()), Optional.of(pub.toString())));
    }

    @Test
    void aMatchingPairPasses() throws Exception {
        KeyPair p = pair();
        Path priv = write("priv.pem", "PRIVATE KEY", p.getPrivate().getEncoded());
        Path pub = write("pub.pem", "PUBLIC KEY", p.getPublic().getEncoded());
        new JwtKeyCheck().check(null, Optional.of(priv.toString()), Optional.of("file:" + pub));
    }

    private static KeyPair pair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private Path write(String name, String type, byte[] der) throws Exception {
        return Files.writeString(dir.resolve(name), "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n");
    }
}
