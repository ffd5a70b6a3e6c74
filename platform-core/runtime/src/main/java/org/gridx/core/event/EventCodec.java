package org.gridx.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.event.DomainEvent;

/**
 * Events as outbox rows: the record's class name and its JSON. Events are records (LocalizedText, sets,
 * maps, instants and UUIDs included), which Jackson writes and reads back through their canonical
 * constructor, so a delivered event equals the published one. Only {@link DomainEvent} classes are ever
 * instantiated from a row.
 */
@ApplicationScoped
public class EventCodec {

    @Inject
    ObjectMapper json;

    public String encode(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getName() + " cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    public DomainEvent decode(String type, String payload) {
        Class<?> c;
        try {
            c = Class.forName(type, false, EventCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("unknown event type " + type + " (was the module that defines it removed?)", e);
        }
        if (!DomainEvent.class.isAssignableFrom(c)) {
            throw new IllegalStateException(type + " is not a domain event");
        }
        try {
            return (DomainEvent) json.readValue(payload, c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be read back: " + e.getOriginalMessage(), e);
        }
    }
}
