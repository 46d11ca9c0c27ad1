package io.pmi.platform;

import io.pmi.testsupport.MariaDbTestResource;
import io.quarkus.test.common.QuarkusTestResource;

@QuarkusTestResource(MariaDbTestResource.class)
public class EmbeddedDatabase {
}
