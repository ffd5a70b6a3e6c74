package org.gridx.core.resident.service;

import java.time.Instant;
import java.util.Set;
import org.gridx.api.event.Notifying;
import org.gridx.api.i18n.LocalizedText;

/** The grid verified or rejected a resident's registration: the resident is told, with the reason if rejected. */
public record ResidentDecided(String tenantId, Instant occurredAt, String username, String state, String reason)
        implements Notifying {

    @Override
    public Set<String> recipients() {
        return Set.of(username);
    }

    @Override
    public LocalizedText message() {
        return "verified".equals(state)
                ? LocalizedText.of("您的居民身份已核实，现在可以参与投票、参选和联署。",
                        "Your residency is verified: you can now vote, stand and sign.")
                : LocalizedText.of("您的居民注册未通过核实：" + reason + "。请在个人资料中更正后等待重新核实。",
                        "Your resident registration was not verified: " + reason + ". Correct your profile and it is checked again.");
    }

    @Override
    public String link() {
        return "/profile";
    }
}
