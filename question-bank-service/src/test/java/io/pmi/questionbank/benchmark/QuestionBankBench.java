package io.pmi.questionbank.benchmark;

import io.pmi.questionbank.service.QuestionService;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchService;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The question bank's benchmarks' view of the shared {@link BenchEnvironment}: the embedded database plus the
 * packaged question-bank-service ({@code target/quarkus-app}, see docs/benchmarks.md for how to build it), and an
 * INTERVIEWER token of tenant {@value #TENANT}. Options: {@code bench.dbCpus} and those of
 * {@link BenchService.Spec#withBenchOptions()} ({@code bench.serviceOpts}, {@code bench.serviceCpus},
 * {@code bench.serviceJdbcProperties}).
 */
final class QuestionBankBench implements AutoCloseable {

    static final String TENANT = "bench";
    static final String DATABASE = "question_bank";

    private final BenchEnvironment environment;
    private final BenchService service;
    private final String token;

    private QuestionBankBench(BenchEnvironment environment, BenchService service, String token) {
        this.environment = environment;
        this.service = service;
        this.token = token;
    }

    static QuestionBankBench start() throws IOException, InterruptedException {
        BenchEnvironment environment = BenchEnvironment.start(targetDir());
        try {
            BenchService service = environment.startService(BenchService.Spec
                    .of("question-bank-service", targetDir(), DATABASE).withBenchOptions());
            return new QuestionBankBench(environment, service, TestTokens.token(TENANT, "INTERVIEWER"));
        } catch (IOException | InterruptedException | RuntimeException e) {
            environment.close();
            throw e;
        }
    }

    /** question-bank-service/target. */
    static Path targetDir() {
        return BenchEnvironment.targetDir(QuestionService.class);
    }

    String baseUrl() {
        return service.baseUrl();
    }

    String token() {
        return token;
    }

    Path runDir() {
        return environment.runDir();
    }

    long servicePid() {
        return service.pid();
    }

    /** The JDBC URL the service uses (same driver, same properties), with extra properties appended. */
    String jdbcUrl(String extraProperties) {
        return environment.jdbcUrl(DATABASE, extraProperties);
    }

    Connection connect() throws SQLException {
        return connect("");
    }

    /** A connection as the server's account, with extra properties on the URL. */
    Connection connect(String extraProperties) throws SQLException {
        return environment.connect(DATABASE, extraProperties);
    }

    Path databaseOptionFile() {
        return environment.databaseOptionFile();
    }

    int databasePort() {
        return environment.databasePort();
    }

    @Override
    public void close() {
        environment.close();
    }
}
