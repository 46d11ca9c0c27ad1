package io.pmi.interview;

import io.pmi.testsupport.SecurityMatrix;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every operation of the contract, called with every kind of token. */
@QuarkusTest
class SecurityMatrixTest {

    @Test
    void everyOperationAnswersEveryTokenAsItsContractSays() throws Exception {
        SecurityMatrix.assertEveryOperation();
    }
}
