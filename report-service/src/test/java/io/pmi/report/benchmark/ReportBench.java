package io.pmi.report.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.report.ReportMain;
import io.pmi.report.client.interview.InterviewClient;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchHttp;
import io.pmi.testsupport.bench.BenchService;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report-service's benchmarks' view of the shared {@link BenchEnvironment}: the embedded database and the three
 * packaged services, as a deployment runs them: question-bank-service (dimension names), interview-service (the
 * exports; the test data is written into its database, see {@link CampaignData}) and report-service, its clients
 * pointed at the other two and its service identity signing with the key of {@link TestTokens} (its withdrawal
 * poll runs, every 30 s). Every service logs each request it serves ({@code quarkus.http.access-log}, with the
 * server's time), so that a benchmark can tell the server's time and count the calls between services, besides
 * the services' {@code http_server_requests_seconds} metrics; their logs are kept in {@code
 * report-service/target/bench-logs}. Tokens of tenant {@value #TENANT}, an hour long.
 * Options: {@code bench.dbCpus} and those of {@link BenchService.Spec#withBenchOptions()}, which apply to
 * report-service; {@code bench.interviewOpts} (JVM options of interview-service, space-separated); {@code
 * bench.interviewTimeoutMs} (report-service's timeout of every call to interview-service, instead of the 2 s of
 * production and the 10 s of a summary's page reads: for a machine too busy for them).
 */
final class ReportBench implements AutoCloseable {

    static final String TENANT = "bench";
    static final String INTERVIEW_DATABASE = "interview";
    private static final String ACCESS = "ACCESS ";
    private static final Pattern ACCESS_LINE = Pattern.compile(ACCESS + "(\\S+) (\\S+) (\\d{3}) (\\d+) ms (\\S+)");
    private static final Pattern METRIC = Pattern.compile("^(\\w+)\\{(.*)} (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** One request a service served, from its access log: method, path without the query, status, milliseconds. */
    record Access(String method, String path, int status, long millis, String bytes) {
    }

    private final BenchEnvironment environment;
    private final BenchService questionBank;
    private final BenchService interview;
    private final BenchService report;
    private final HttpClient http;

    private ReportBench(BenchEnvironment environment, BenchService questionBank, BenchService interview,
                        BenchService report, HttpClient http) {
        this.environment = environment;
        this.questionBank = questionBank;
        this.interview = interview;
        this.report = report;
        this.http = http;
    }

    /**
     * Starts the database (its buffer pool raised to {@code bufferPool}, e.g. "1G"), question-bank-service,
     * interview-service and report-service with the given JVM options (before those of {@code bench.serviceOpts}).
     */
    static ReportBench start(String bufferPool, List<String> interviewJvmOptions, String... reportJvmOptions)
            throws IOException, InterruptedException, SQLException {
        BenchEnvironment environment = BenchEnvironment.start(targetDir());
        try {
            try (Connection admin = environment.connect(INTERVIEW_DATABASE, "");
                 Statement statement = admin.createStatement()) {
                statement.execute("set global innodb_buffer_pool_size = " + bytes(bufferPool));
            }
            Path root = targetDir().getParent().getParent();
            BenchService questionBank = environment.startService(accessLogged(BenchService.Spec.of(
                    "question-bank-service", root.resolve("question-bank-service").resolve("target"),
                    "question_bank")));
            List<String> interviewOptions = new ArrayList<>(interviewJvmOptions);
            String extra = System.getProperty("bench.interviewOpts", "").trim();
            if (!extra.isEmpty()) {
                interviewOptions.addAll(Arrays.asList(extra.split("\\s+")));
            }
            BenchService interview = environment.startService(accessLogged(BenchService.Spec.of("interview-service",
                            root.resolve("interview-service").resolve("target"), INTERVIEW_DATABASE)
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", questionBank.baseUrl())
                    .jvm(interviewOptions.toArray(String[]::new))));
            List<String> reportOptions = new ArrayList<>(List.of(reportJvmOptions));
            String timeout = System.getProperty("bench.interviewTimeoutMs", "").trim();
            if (!timeout.isEmpty()) {
                // MicroProfile Fault Tolerance's overrides of the class's @Timeout (2 s, Downstream.TIMEOUT_MS) and
                // of the summary's reads' own (InterviewClient.SUMMARY_TIMEOUT_MS).
                String client = InterviewClient.class.getName();
                reportOptions.add("-D" + client + "/Timeout/value=" + timeout);
                for (String read : List.of("exportBySubject", "campaignRecords")) {
                    reportOptions.add("-D" + client + "/" + read + "/Timeout/value=" + timeout);
                }
            }
            BenchService report = environment.startService(accessLogged(BenchService.Spec.of("report-service",
                            targetDir(), "report")
                    .env("QUARKUS_REST_CLIENT_INTERVIEW_URL", interview.baseUrl())
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", questionBank.baseUrl())
                    .env("PMI_SERVICE_IDENTITY_SIGNING_KEY_LOCATION", TestTokens.privateKeyFile().toString())
                    .jvm(reportOptions.toArray(String[]::new))
                    .withBenchOptions()));
            HttpClient http = BenchHttp.client();
            return new ReportBench(environment, questionBank, interview, report, http);
        } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
            environment.close();
            throw e;
        }
    }

    private static BenchService.Spec accessLogged(BenchService.Spec spec) {
        // %D, the request's time, needs the start time recorded.
        return spec.env("QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true")
                .env("QUARKUS_HTTP_RECORD_REQUEST_START_TIME", "true")
                .env("QUARKUS_HTTP_ACCESS_LOG_PATTERN", ACCESS + "%m %U %s %D ms %b");
    }

    /** report-service/target. */
    static Path targetDir() {
        return BenchEnvironment.targetDir(ReportMain.class);
    }

    /** The repository's root. */
    static Path root() {
        return targetDir().getParent().getParent();
    }

    BenchService report() {
        return report;
    }

    BenchService interview() {
        return interview;
    }

    BenchService questionBank() {
        return questionBank;
    }

    Path runDir() {
        return environment.runDir();
    }

    /** A token of tenant {@value #TENANT} that lives an hour (TestTokens'), made now. */
    static String token(String subject, String role) {
        return TestTokens.token(TENANT, subject, role);
    }

    /** The processes whose CPU a benchmark reports: the services, mariadbd and this JVM. */
    Map<String, Long> processes() throws IOException {
        Map<String, Long> processes = new LinkedHashMap<>();
        processes.put("report-service", report.pid());
        processes.put("interview-service", interview.pid());
        processes.put("question-bank-service", questionBank.pid());
        processes.put("mariadbd", environment.databasePid());
        processes.put("bench-jvm", ProcessHandle.current().pid());
        return processes;
    }

    /** A connection to interview-service's database, with extra properties on the URL. */
    Connection connectInterview(String extraProperties) throws SQLException {
        return environment.connect(INTERVIEW_DATABASE, extraProperties);
    }

    /** Refreshes the optimizer's statistics of interview-service's tables after the data was written. */
    void analyzeInterviewTables() throws SQLException {
        try (Connection admin = connectInterview(""); Statement statement = admin.createStatement()) {
            for (String table : List.of("participant", "performance_record", "interview", "interview_question",
                    "answer", "emotion_note")) {
                statement.execute("analyze table " + table);
            }
        }
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(report.baseUrl() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** Sends a request and fails unless it answers one of the expected statuses. */
    HttpResponse<String> send(HttpRequest request, int... expected) throws IOException, InterruptedException {
        return BenchHttp.send(http, request, expected);
    }

    JsonNode sendForJson(HttpRequest request, int... expected) throws IOException, InterruptedException {
        return BenchHttp.sendForJson(http, request, expected);
    }

    /** One sample of a service's Prometheus metrics. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    /**
     * Reads interview-service's export of a campaign directly {@code rounds} times, each subject's in turn (or the
     * campaign's pages by subject, one after the other), and the question bank's dimensions, without
     * report-service's 2 s client timeout: cold services on a busy machine take longer than that for their first
     * requests, and report-service's circuit breakers would open.
     */
    void warmDownstream(String campaignId, int subjects, int rounds, String token)
            throws IOException, InterruptedException {
        String cursor = null;
        for (int i = 0; i < rounds; i++) {
            send(HttpRequest.newBuilder(URI.create(questionBank.baseUrl() + "/api/v1/dimensions?size=200"))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                    .header("Accept-Language", "zh-CN").GET().build(), 200);
            String query = subjects > 0 ? "subjectExternalId=" + CampaignData.externalId(i % subjects + 1) + "&size=200"
                    : "order=SUBJECT&detail=MINIMAL&size=200" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = sendForJson(HttpRequest.newBuilder(URI.create(interview.baseUrl() + "/api/v1/campaigns/"
                            + campaignId + "/export?" + query)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token).GET().build(), 200);
            cursor = page.path("nextCursor").asText(null);
        }
    }

    /** A service's Prometheus metrics, sample by sample. */
    List<Sample> metrics(BenchService service) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.baseUrl()
                + "/q/metrics")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher m = METRIC.matcher(line);
            if (m.matches()) {
                Map<String, String> labels = new TreeMap<>();
                Matcher label = LABEL.matcher(m.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
            }
        }
        return samples;
    }

    /**
     * The requests a service has served by method and URI template ({@code http_server_requests_seconds_count},
     * summed over statuses), leaving out {@code /q/} endpoints.
     */
    Map<String, Long> servedRequests(BenchService service) throws IOException, InterruptedException {
        return requestCounts(metrics(service), "http_server_requests_seconds_count");
    }

    /** A request metric's value by method and URI template, summed over its other labels, without {@code /q/}. */
    static Map<String, Long> requestCounts(List<Sample> metrics, String name) {
        Map<String, Long> counts = new TreeMap<>();
        for (Sample sample : metrics) {
            String uri = sample.labels().get("uri");
            if (sample.name().equals(name) && uri != null && !uri.startsWith("/q/")) {
                counts.merge(sample.labels().get("method") + " " + uri, Math.round(sample.value()), Long::sum);
            }
        }
        return counts;
    }

    /** The same as doubles (sums of seconds, maxima). */
    static Map<String, Double> requestValues(List<Sample> metrics, String name) {
        Map<String, Double> values = new TreeMap<>();
        for (Sample sample : metrics) {
            String uri = sample.labels().get("uri");
            if (sample.name().equals(name) && uri != null && !uri.startsWith("/q/")) {
                values.merge(sample.labels().get("method") + " " + uri, sample.value(),
                        name.endsWith("_max") ? Math::max : Double::sum);
            }
        }
        return values;
    }

    /** after minus before, key by key, leaving out zeros. */
    static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((key, value) -> {
            long d = value - before.getOrDefault(key, 0L);
            if (d != 0) {
                difference.put(key, d);
            }
        });
        return difference;
    }

    /** The sum of jvm_memory_used_bytes over the heap's pools of a service. */
    long heapUsed(BenchService service) throws IOException, InterruptedException {
        long used = 0;
        for (Sample sample : metrics(service)) {
            if (sample.name().equals("jvm_memory_used_bytes") && "heap".equals(sample.labels().get("area"))) {
                used += (long) sample.value();
            }
        }
        return used;
    }

    /** The requests a service logged from line {@code fromLine} of its log on; see {@link #logLines}. */
    static List<Access> accesses(BenchService service, int fromLine) throws IOException {
        List<String> lines = Files.readAllLines(service.log(), StandardCharsets.UTF_8);
        List<Access> found = new ArrayList<>();
        for (String line : lines.subList(Math.min(fromLine, lines.size()), lines.size())) {
            Matcher m = ACCESS_LINE.matcher(line);
            if (m.find()) {
                String path = m.group(2);
                found.add(new Access(m.group(1), path.contains("?") ? path.substring(0, path.indexOf('?')) : path,
                        Integer.parseInt(m.group(3)), Long.parseLong(m.group(4)), m.group(5)));
            }
        }
        return found;
    }

    /** How many lines a service's log has now: where to start reading its later requests. */
    static int logLines(BenchService service) throws IOException {
        try (var lines = Files.lines(service.log(), StandardCharsets.UTF_8)) {
            return (int) lines.count();
        }
    }

    /** Runs jcmd on a service. */
    static String jcmd(BenchService service, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), Long.toString(service.pid())));
        command.addAll(List.of(arguments));
        return BenchEnvironment.run(command);
    }

    static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = s.endsWith("G") ? 1L << 30 : s.endsWith("M") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    static String since(Instant start) {
        return String.format(Locale.ROOT, "%.1f s", Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    /** Stops everything, keeping the services' logs in {@code report-service/target/bench-logs} first. */
    @Override
    public void close() {
        try {
            Path kept = targetDir().resolve("bench-logs");
            Files.createDirectories(kept);
            for (BenchService service : List.of(report, interview, questionBank)) {
                Files.copy(service.log(), kept.resolve(service.log().getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            BenchEnvironment.log("Could not keep the services' logs: %s", e);
        }
        environment.close();
    }
}
