package io.pmi.testsupport;

import org.junit.jupiter.api.Test;

/**
 * The checks every service passes, run by a one-line {@code @QuarkusTest} subclass in each service: its served
 * contract is the committed one and follows the house rules, and every operation in it answers every kind of
 * token as the contract says.
 */
public abstract class ServiceConventions {

    @Test
    void servedContractIsTheCommittedOne() throws Exception {
        ContractAssertions.assertServedContractIsCommitted();
    }

    @Test
    void everyOperationFollowsTheHouseRules() throws Exception {
        ContractAssertions.assertHouseRules();
    }

    @Test
    void everyOperationAnswersEveryTokenAsItsContractSays() throws Exception {
        SecurityMatrix.assertEveryOperation();
    }
}
