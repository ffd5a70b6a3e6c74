package org.gridx.core.notification.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.core.notification.domain.HeldNotification;

/** The digest's one message: the day, how many events, and as many of them as fit in a notification. */
final class DigestText {

    private static final int MAX = NotificationWriter.TEXT_MAX;

    private DigestText() {
    }

    static String zh(LocalDate day, List<HeldNotification> held) {
        return fit(day + " 共 " + held.size() + " 条动态：", held, h -> h.messageZh, "；");
    }

    static String en(LocalDate day, List<HeldNotification> held) {
        return fit(day + ": " + held.size() + (held.size() == 1 ? " event: " : " events: "), held, h -> h.messageEn, "; ");
    }

    private static String fit(String head, List<HeldNotification> held, Function<HeldNotification, String> text, String sep) {
        String all = head + held.stream().map(text).collect(Collectors.joining(sep));
        return all.length() <= MAX ? all : all.substring(0, MAX - 1) + "…";
    }
}
