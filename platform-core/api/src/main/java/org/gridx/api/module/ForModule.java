package org.gridx.api.module;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Qualifies a module's observer of domain events: {@code void on(@Observes @ForModule("x") TenantOnboarded e)}.
 * The core fires a qualified copy of each committed event only for modules the event's tenant has enabled,
 * and with that tenant set.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface ForModule {

    String value();

    final class Literal extends AnnotationLiteral<ForModule> implements ForModule {
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static Literal of(String moduleId) {
            return new Literal(moduleId);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
