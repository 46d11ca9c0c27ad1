package io.pmi.interview.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.interview.InterviewMain;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchHttp;
import io.pmi.testsupport.bench.BenchService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * interview-service's benchmarks' view of the shared {@link BenchEnvironment}: the embedded database, the packaged
 * interview-service ({@code interview-service/target/quarkus-app}) and, when a benchmark plans interviews, the
 * packaged question-bank-service too ({@code question-bank-service/target/quarkus-app}: interview-service
 * snapshots the library's published guides from it); tokens of tenant {@value #TENANT} with any subject and role,
 * and an HTTP/1.1 client. Options: {@code bench.dbCpus} and those of {@link BenchService.Spec#withBenchOptions()},
 * which apply to interview-service.
 */
final class InterviewBench implements AutoCloseable {

    static final String TENANT = "bench";
    static final String DATABASE = "interview";
    static final ObjectMapper JSON = BenchHttp.JSON;

    private final BenchEnvironment environment;
    private final BenchService questionBank;
    private final BenchService interview;
    private final HttpClient http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private InterviewBench(BenchEnvironment environment, BenchService questionBank, BenchService interview,
                           HttpClient http) {
        this.environment = environment;
        this.questionBank = questionBank;
        this.interview = interview;
        this.http = http;
    }

    /**
     * Starts the database, question-bank-service if asked for, then interview-service with the given JVM options
     * (before those of {@code bench.serviceOpts}).
     */
    static InterviewBench start(boolean withQuestionBank, String... interviewJvmOptions)
            throws IOException, InterruptedException {
        BenchEnvironment environment = BenchEnvironment.start(targetDir());
        try {
            BenchService questionBank = null;
            if (withQuestionBank) {
                questionBank = environment.startService(BenchService.Spec.of("question-bank-service",
                        targetDir().getParent().getParent().resolve("question-bank-service").resolve("target"),
                        "question_bank"));
            }
            // Without the question bank, a port nothing listens on: the benchmark plans no interview then.
            String questionBankUrl = questionBank != null ? questionBank.baseUrl()
                    : "http://127.0.0.1:" + BenchEnvironment.freePort();
            BenchService interview = environment.startService(BenchService.Spec.of("interview-service", targetDir(),
                            DATABASE)
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", questionBankUrl)
                    .jvm(interviewJvmOptions)
                    .withBenchOptions());
            HttpClient http = BenchHttp.client();
            return new InterviewBench(environment, questionBank, interview, http);
        } catch (IOException | InterruptedException | RuntimeException e) {
            environment.close();
            throw e;
        }
    }

    /** interview-service/target. */
    static Path targetDir() {
        return BenchEnvironment.targetDir(InterviewMain.class);
    }

    String baseUrl() {
        return interview.baseUrl();
    }

    BenchService interview() {
        return interview;
    }

    Path runDir() {
        return environment.runDir();
    }

    /** A signed token of tenant {@value #TENANT}, made once per subject and role. */
    String token(String subject, String role) {
        return token(TENANT, subject, role);
    }

    /** A signed token of any tenant, made once per tenant, subject and role. */
    String token(String tenant, String subject, String role) {
        return tokens.computeIfAbsent(tenant + "/" + subject + "/" + role,
                key -> TestTokens.token(tenant, subject, role));
    }

    /** The processes whose CPU a benchmark reports: the services, mariadbd and this JVM. */
    Map<String, Long> processes() throws IOException {
        Map<String, Long> processes = new LinkedHashMap<>();
        processes.put("interview-service", interview.pid());
        if (questionBank != null) {
            processes.put("question-bank-service", questionBank.pid());
        }
        processes.put("mariadbd", environment.databasePid());
        processes.put("bench-jvm", ProcessHandle.current().pid());
        return processes;
    }

    /** A connection to interview-service's database as its account, with extra properties on the URL. */
    Connection connect(String extraProperties) throws SQLException {
        return environment.connect(DATABASE, extraProperties);
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(interview.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** Sends a request and fails unless it answers one of the expected statuses. */
    HttpResponse<String> send(HttpRequest request, int... expected) throws IOException, InterruptedException {
        return BenchHttp.send(http, request, expected);
    }

    JsonNode sendForJson(HttpRequest request, int... expected) throws IOException, InterruptedException {
        return BenchHttp.sendForJson(http, request, expected);
    }

    HttpClient http() {
        return http;
    }

    @Override
    public void close() {
        environment.close();
    }
}
