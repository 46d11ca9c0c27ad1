package io.pmi.questionbank;

import io.pmi.embedded.StandaloneDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service; on its own (no JDBC URL configured) it brings an embedded database along. */
@QuarkusMain
public class QuestionBankMain {

    public static void main(String... args) {
        StandaloneDatabase.startUnlessConfigured("question-bank-service");
        Quarkus.run(args);
    }
}
