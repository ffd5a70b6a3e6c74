package org.gridx.core.resident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.elements.service.PersonalDataCipher;
import org.gridx.core.resident.domain.ResidentRegistration;
import org.gridx.core.resident.rest.RegistrationView;

/**
 * A resident's phone and e-mail sealed at rest with the platform's personal-data key, bound to the tenant and
 * the field (a ciphertext copied elsewhere does not open), and opened only for views the caller may see.
 */
@ApplicationScoped
public class ResidentContact {

    static final String PHONE = "resident_phone";
    static final String EMAIL = "resident_email";

    @Inject
    PersonalDataCipher cipher;
    @Inject
    TenantContext tenant;

    public void seal(ResidentRegistration r, String phone, String email) {
        String t = tenant.require();
        r.phoneEnc = phone == null ? null : cipher.encrypt(t, PHONE, phone);
        r.emailEnc = email == null ? null : cipher.encrypt(t, EMAIL, email);
    }

    public String phone(ResidentRegistration r) {
        return r.phoneEnc == null ? null : cipher.decrypt(tenant.require(), PHONE, r.phoneEnc);
    }

    public String email(ResidentRegistration r) {
        return r.emailEnc == null ? null : cipher.decrypt(tenant.require(), EMAIL, r.emailEnc);
    }

    public RegistrationView view(ResidentRegistration r) {
        return RegistrationView.of(r, phone(r), email(r));
    }
}
