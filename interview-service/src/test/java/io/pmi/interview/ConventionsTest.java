package io.pmi.interview;

import io.pmi.testsupport.ServiceConventions;
import io.quarkus.test.junit.QuarkusTest;

/** Contract and security conventions, checked against this service's own contract. */
@QuarkusTest
class ConventionsTest extends ServiceConventions {
}
