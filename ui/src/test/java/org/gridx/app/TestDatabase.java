package org.gridx.app;

import io.quarkus.test.common.QuarkusTestResource;
import org.gridx.testkit.PostgresTestResource;

/** One fresh database (and key pair) for the whole test run of the application. */
@QuarkusTestResource(PostgresTestResource.class)
public class TestDatabase {
}
