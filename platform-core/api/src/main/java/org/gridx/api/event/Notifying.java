package org.gridx.api.event;

import java.util.Set;
import org.gridx.api.i18n.LocalizedText;

/** An event that leaves an in-app notification for the named people (everyone involved in a case, say). */
public interface Notifying extends DomainEvent {

    /** Usernames of the tenant's accounts to notify; unknown or disabled ones are skipped. */
    Set<String> recipients();

    LocalizedText message();

    /** Page the notification opens, relative to the tenant's pages (e.g. {@code /cases/<id>}). */
    String link();
}
