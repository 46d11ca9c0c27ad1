package io.pmi.interview;

import io.pmi.testsupport.MariaDbTestResource;
import io.pmi.testsupport.TestSecurityResource;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this service runs against the test JVM's embedded MariaDB, with tokens signed by a test key, and
 * with the question bank played by WireMock.
 */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(TestSecurityResource.class)
@QuarkusTestResource(value = WireMockResource.class,
        initArgs = @ResourceArg(name = WireMockResource.CLIENTS, value = "question-bank"))
public class TestResources {
}
