package org.gridx.core.resident.web;

import java.util.Optional;

/** The Chinese hint for a form field the portal's pages know, by the field's name. */
final class ZhHints {

    private ZhHints() {
    }

    static Optional<String> of(PortalMessages t, String field) {
        return Optional.ofNullable(switch (field) {
            case "username" -> t.err_username();
            case "displayName" -> t.err_displayName();
            case "phone" -> t.err_phone();
            case "email" -> t.err_email();
            case "password" -> t.err_password();
            case "placeId" -> t.err_placeId();
            case "reason" -> t.err_reason();
            case "titleZh" -> t.err_titleZh();
            case "titleEn" -> t.err_titleEn();
            case "bodyZh" -> t.err_bodyZh();
            default -> null;
        });
    }
}
