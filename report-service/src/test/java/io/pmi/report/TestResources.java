package io.pmi.report;

import io.pmi.testsupport.MariaDbTestResource;
import io.pmi.testsupport.TestSecurityResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every test of this service runs against the test JVM's embedded MariaDB, with tokens signed by a test key. */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(TestSecurityResource.class)
public class TestResources {
}
