package org.gridx.core.elements.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for personal data at rest, and the keyed HMAC blind index for exact search. The tenant and
 * field are bound in as associated data / index input: a ciphertext copied to another tenant's row or
 * field does not decrypt, and equal numbers in two tenants have different index values.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final byte VERSION = 1;
    private static final int NONCE = 12;
    private final SecureRandom random = new SecureRandom();
    private final DataKeys keys;

    PersonalDataCipher(DataKeys keys) {
        this.keys = keys;
    }

    public byte[] encrypt(String tenant, String field, byte[] clear) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, keys.encryption(), new GCMParameterSpec(128, nonce));
            c.updateAAD(aad(tenant, field));
            byte[] sealed = c.doFinal(clear);
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] encrypt(String tenant, String field, String clear) {
        return clear == null ? null : encrypt(tenant, field, clear.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] decryptBytes(String tenant, String field, byte[] data) {
        try {
            if (data[0] != VERSION) {
                throw new IllegalStateException("unknown ciphertext version " + data[0]);
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, keys.encryption(), new GCMParameterSpec(128, data, 1, NONCE));
            c.updateAAD(aad(tenant, field));
            return c.doFinal(data, 1 + NONCE, data.length - 1 - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong data key or tampered value", e);
        }
    }

    public String decrypt(String tenant, String field, byte[] data) {
        return data == null ? null : new String(decryptBytes(tenant, field, data), StandardCharsets.UTF_8);
    }

    public byte[] index(String tenant, String field, String clear) {
        if (clear == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.index());
            return mac.doFinal((tenant + '\u0000' + field + '\u0000' + clear).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] aad(String tenant, String field) {
        return (tenant + '\u0000' + field).getBytes(StandardCharsets.UTF_8);
    }
}
