package io.pmi.launcher;

import java.nio.file.Path;
import java.util.List;

/** One of the suite's services as the launcher starts it. */
record Service(String name, int port, String database) {

    static final List<Service> ALL = List.of(
            new Service("question-bank-service", 8081, "question_bank"),
            new Service("interview-service", 8082, "interview"),
            new Service("report-service", 8083, "report"));

    Path runnerJar(Path repository) {
        return repository.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    String url() {
        return "http://localhost:" + port;
    }
}
