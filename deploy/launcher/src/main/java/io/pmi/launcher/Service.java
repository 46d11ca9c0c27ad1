package io.pmi.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the suite's services as the launcher starts it.
 *
 * @param actsOnItsOwn whether it calls the others outside any request (report-service's withdrawal poll), and so
 *                     gets the local identity provider's signing key for its own short-lived tokens
 */
record Service(String name, int port, String database, boolean actsOnItsOwn) {

    static final List<Service> ALL = List.of(
            new Service("question-bank-service", 8081, "question_bank", false),
            new Service("interview-service", 8082, "interview", false),
            new Service("report-service", 8083, "report", true));

    Path runnerJar(Path repository) {
        return repository.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    String url() {
        return "http://localhost:" + port;
    }
}
