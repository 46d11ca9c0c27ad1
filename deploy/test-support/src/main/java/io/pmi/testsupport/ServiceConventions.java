package io.pmi.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks every service passes, run by a {@code @QuarkusTest} subclass in each service: its served contract is
 * the committed one, follows the house rules, has examples that match their schemas and passes Spectral; its
 * operations are exactly those of its role policy and answer every kind of token as the policy says; every
 * operation on an id keeps tenants apart; and the README's role table is the policies'. The subclass supplies what
 * the checks cannot guess by overriding {@link #fixtures()}.
 */
public abstract class ServiceConventions {

    /** This service's fixtures; none by default, which suits a service without operations on ids. */
    protected ServiceFixtures fixtures() {
        return ServiceFixtures.create();
    }

    @Test
    void servedContractIsTheCommittedOne() throws Exception {
        ContractAssertions.assertServedContractIsCommitted();
    }

    @Test
    void everyOperationFollowsTheHouseRules() throws Exception {
        ContractAssertions.assertHouseRules();
    }

    @Test
    void everyExampleMatchesItsSchema() {
        ContractAssertions.assertExamplesMatchTheirSchemas();
    }

    @Test
    void theContractPassesSpectral() throws Exception {
        SpectralLint.assertServedContractPasses();
    }

    /** Also: the contract has exactly the policy's operations, each with exactly its roles. */
    @Test
    void everyOperationAnswersEveryTokenAsThePolicySays() throws Exception {
        SecurityMatrix.assertEveryOperation(fixtures());
    }

    @Test
    void anotherTenantsIdsLookMissingEverywhere() throws Exception {
        CrossTenant.assertIsolated(fixtures());
    }

    @Test
    void theReadmeRoleTableIsThePolicies() throws Exception {
        List<String> defects = RolePolicy.readmeTableDefects();
        assertTrue(defects.isEmpty(), "README role table:\n" + String.join("\n", defects));
    }
}
