package io.pmi.interview;

import io.pmi.testsupport.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedContractIsTheCommittedOne() throws Exception {
        ContractAssertions.assertServedContractIsCommitted();
    }

    @Test
    void everyOperationFollowsTheHouseRules() throws Exception {
        ContractAssertions.assertHouseRules();
    }
}
