package org.gridx.core.elements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.elements.domain.Resident;

/** Seals a resident's identity-card number and phone (ciphertext + blind index + mask) and opens them again. */
@ApplicationScoped
public class PersonalData {

    public static final String ID_CARD = "id_card";
    public static final String PHONE = "phone";

    @Inject
    PersonalDataCipher cipher;
    @Inject
    TenantContext tenant;

    public void seal(Resident r, String idCard, String phone) {
        String t = tenant.require();
        r.idCardEnc = cipher.encrypt(t, ID_CARD, idCard);
        r.idCardIndex = cipher.index(t, ID_CARD, idCard);
        r.idCardMasked = idCard == null ? null : IdCardNumber.mask(idCard);
        r.phoneEnc = cipher.encrypt(t, PHONE, phone);
        r.phoneIndex = cipher.index(t, PHONE, phone);
        r.phoneMasked = phone == null ? null : MobileNumber.mask(phone);
    }

    public byte[] idCardIndex(String idCard) {
        return cipher.index(tenant.require(), ID_CARD, IdCardNumber.normalise(idCard));
    }

    public byte[] phoneIndex(String phone) {
        return cipher.index(tenant.require(), PHONE, MobileNumber.normalise(phone));
    }

    public String open(Resident r, String field) {
        return cipher.decrypt(tenant.require(), field, ID_CARD.equals(field) ? r.idCardEnc : r.phoneEnc);
    }
}
