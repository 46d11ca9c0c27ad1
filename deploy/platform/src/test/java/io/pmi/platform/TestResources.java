package io.pmi.platform;

import io.pmi.testsupport.MariaDbTestResource;
import io.pmi.testsupport.TestSecurityResource;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every test of this module runs against the test JVM's embedded MariaDB, with tokens signed by a test key, and
 * with the catalogue (the test-only service the client tests call) played by WireMock.
 */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(TestSecurityResource.class)
@QuarkusTestResource(value = WireMockResource.class,
        initArgs = @ResourceArg(name = WireMockResource.CLIENTS, value = "catalogue"))
public class TestResources {
}
