package io.pmi.interview;

import io.pmi.testsupport.MariaDbTestResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this service runs against the test JVM's embedded MariaDB. */
@QuarkusTestResource(MariaDbTestResource.class)
public class EmbeddedDatabase {
}
