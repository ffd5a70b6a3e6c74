package org.gridx.core.elements.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Two keys derived from the one configured data key: one for AES-GCM encryption, one for the HMAC blind
 * index, so the index key never doubles as an encryption key. Checked at startup: without a valid key the
 * application refuses to start rather than store personal data in clear or fail on the first write.
 */
@Startup
@ApplicationScoped
public class DataKeys {

    private final SecretKeySpec encryption;
    private final SecretKeySpec index;

    DataKeys(CryptoConfig config) {
        byte[] master = decode(config.key().orElseThrow(() -> new IllegalStateException(
                "gridx.crypto.key is not set: set GRIDX_DATA_KEY to 32 random bytes in base64 (e.g. `openssl rand -base64 32`)")));
        encryption = new SecretKeySpec(derive(master, "gridx-data-encryption-v1"), "AES");
        index = new SecretKeySpec(derive(master, "gridx-blind-index-v1"), "HmacSHA256");
    }

    /** Accessors, not fields: callers hold a client proxy, whose own fields are never set. */
    SecretKeySpec encryption() {
        return encryption;
    }

    SecretKeySpec index() {
        return index;
    }

    private static byte[] decode(String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != 32) {
                throw new IllegalStateException("gridx.crypto.key must be 32 bytes in base64, got " + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gridx.crypto.key is not valid base64", e);
        }
    }

    static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
