package org.gridx.core.event;

import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/** One event handed to one observer method, with the qualifiers it was delivered under. */
record Delivery<T>(T event, Annotation[] qualifiers) implements EventContext<T> {

    @Override
    public T getEvent() {
        return event;
    }

    @Override
    public EventMetadata getMetadata() {
        return new EventMetadata() {
            @Override
            public Set<Annotation> getQualifiers() {
                return Set.of(qualifiers);
            }

            @Override
            public InjectionPoint getInjectionPoint() {
                return null;
            }

            @Override
            public Type getType() {
                return event.getClass();
            }
        };
    }
}
