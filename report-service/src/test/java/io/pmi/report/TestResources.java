package io.pmi.report;

import io.pmi.testsupport.MariaDbTestResource;
import io.pmi.testsupport.TestSecurityResource;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The test resources of every @QuarkusTest here: one embedded database, tokens, WireMock for both downstreams. */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(TestSecurityResource.class)
@QuarkusTestResource(value = WireMockResource.class,
        initArgs = @ResourceArg(name = WireMockResource.CLIENTS, value = "interview,question-bank"))
public class TestResources {
}
