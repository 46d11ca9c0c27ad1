package io.pmi.report.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchHttp;
import io.pmi.testsupport.bench.BenchService;
import io.pmi.testsupport.bench.CpuUsage;
import io.pmi.testsupport.bench.Latencies;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code POST /api/v1/reports} (HR_ADMIN) for subjects of 30 completed, consented interviews of 40 answers each,
 * against the real interview-service and question-bank-service (packaged, see {@link ReportBench}). Target: a
 * report generated in under 300 ms at the service, with at most 3 calls to other services. Not a test: run it as
 * docs/benchmarks.md says and record the figures there.
 *
 * <p>The campaign is written into interview-service's database by JDBC ({@link CampaignData}): {@code
 * bench.subjects} subjects (default 40) of {@code bench.interviews} interviews (default 30) of {@code
 * bench.questions} questions and answers (default 40), each subject with three KPI records. After {@code
 * bench.warmup} generations (default 150) one client generates {@code bench.generations} reports (default 200), one
 * after the other, the subjects in turn (every generation stores a new version of that subject's report). Each is
 * timed at the client (send to the end of the response) and at the service (report-service's access log, whole
 * milliseconds; and the sum and maximum of its {@code http_server_requests_seconds}); the calls it made to
 * interview-service and question-bank-service are counted from their {@code http_server_requests_seconds_count}
 * read before and after every generation (and checked against report-service's own client metrics and the other
 * services' access logs over the whole phase). {@code bench.profile=true} records execution samples of report-service
 * and interview-service (JFR, from their start) and prints where their CPU went during the measured phase.
 */
public final class ReportBenchmark {

    private static final String REPORTS = "POST /api/v1/reports";

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int subjects = Integer.getInteger("bench.subjects", 40);
        int perSubject = Integer.getInteger("bench.interviews", 30);
        int questionCount = Integer.getInteger("bench.questions", 40);
        int warmup = Integer.getInteger("bench.warmup", 150);
        int generations = Integer.getInteger("bench.generations", 200);

        boolean profile = Boolean.getBoolean("bench.profile");
        String[] jfr = profile ? new String[] {JfrProfile.startOption()} : new String[0];
        List<Path> profiles = new ArrayList<>();
        try (ReportBench bench = ReportBench.start(System.getProperty("bench.bufferPool", "1G"), List.of(jfr),
                jfr)) {
            CampaignData data = new CampaignData(ReportBench.root().resolve(
                    "question-bank-service/src/main/resources/library"), ReportBench.TENANT, questionCount);
            CampaignData.Campaign campaign = CampaignData.campaign("bench-report", subjects, perSubject);
            Instant loadStart = Instant.now();
            try (Connection loader = bench.connectInterview("rewriteBatchedStatements=true")) {
                data.writeParticipants(loader, subjects, 3);
                data.writeCampaign(loader, campaign);
                data.writeInterviews(loader, campaign, 0, campaign.interviews(), 50);
            }
            bench.analyzeInterviewTables();
            BenchEnvironment.log("Wrote %d subjects x %d interviews x %d answers by JDBC in %s", subjects, perSubject,
                    questionCount, ReportBench.since(loadStart));

            String token = ReportBench.token("hr-admin", "HR_ADMIN");
            BenchEnvironment.log("Warm-up: %d exports read from interview-service directly, then %d generations",
                    warmup / 5, warmup);
            bench.warmDownstream(campaign.id(), subjects, warmup / 5, token);
            int unavailable = 0;
            for (int i = 0; i < warmup; i++) {
                try {
                    generate(bench, token, campaign, i, perSubject, false);
                } catch (BenchHttp.UnexpectedStatus e) {
                    // A cold interview-service on a busy machine may miss report-service's 2 s client timeout.
                    if (!e.getMessage().contains(" answered 503:") || ++unavailable > warmup / 2) {
                        throw e;
                    }
                    Thread.sleep(2000);
                }
            }
            if (unavailable > 0) {
                BenchEnvironment.log("  %d of the warm-up generations answered 503 (interview-service too slow)",
                        unavailable);
            }

            BenchEnvironment.log("Measuring %d generations; load average %s", generations, CpuUsage.loadAverage());
            int reportLog = ReportBench.logLines(bench.report());
            int interviewLog = ReportBench.logLines(bench.interview());
            int questionBankLog = ReportBench.logLines(bench.questionBank());
            List<ReportBench.Sample> reportBefore = bench.metrics(bench.report());
            Map<String, Long> interviewBefore = bench.servedRequests(bench.interview());
            Map<String, Long> questionBankBefore = bench.servedRequests(bench.questionBank());
            Latencies client = new Latencies();
            Map<String, Long> callsPerGeneration = new TreeMap<>();
            long highestCalls = 0;
            long bytes = 0;
            double clientSeconds = 0;
            LocalTime begin = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
            CpuUsage usage = CpuUsage.start(bench.processes());
            for (int i = 0; i < generations; i++) {
                Map<String, Long> interviewAt = bench.servedRequests(bench.interview());
                Map<String, Long> questionBankAt = bench.servedRequests(bench.questionBank());
                long began = System.nanoTime();
                HttpResponse<String> response = generate(bench, token, campaign, warmup + i, perSubject, true);
                long took = System.nanoTime() - began;
                client.add(took);
                clientSeconds += took / 1e9;
                bytes += response.body().getBytes(StandardCharsets.UTF_8).length;
                Map<String, Long> calls = ReportBench.difference(interviewAt,
                        bench.servedRequests(bench.interview()));
                ReportBench.difference(questionBankAt, bench.servedRequests(bench.questionBank()))
                        .forEach((k, v) -> calls.merge("question-bank " + k, v, Long::sum));
                // The withdrawal poll's call, every 30 s, is no part of a generation.
                calls.keySet().removeIf(k -> k.contains("/consent-withdrawals"));
                long total = calls.values().stream().mapToLong(Long::longValue).sum();
                highestCalls = Math.max(highestCalls, total);
                callsPerGeneration.merge(total + " call(s): " + calls, 1L, Long::sum);
            }
            String cpu = usage.stop();
            if (profile) {
                LocalTime end = LocalTime.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
                for (BenchService service : List.of(bench.report(), bench.interview())) {
                    Path recording = ReportBench.targetDir().resolve("bench-report-" + service.name() + ".jfr");
                    JfrProfile.dump(service, begin, end, recording);
                    profiles.add(recording);
                }
            }
            List<ReportBench.Sample> reportAfter = bench.metrics(bench.report());
            Map<String, Long> interviewCalls = ReportBench.difference(interviewBefore,
                    bench.servedRequests(bench.interview()));
            Map<String, Long> questionBankCalls = ReportBench.difference(questionBankBefore,
                    bench.servedRequests(bench.questionBank()));

            Latencies server = new Latencies();
            for (ReportBench.Access access : ReportBench.accesses(bench.report(), reportLog)) {
                if (access.method().equals("POST") && access.path().equals("/api/v1/reports")) {
                    server.add(access.millis() * 1_000_000);
                }
            }
            Latencies exports = new Latencies();
            Map<String, Long> interviewLogged = new TreeMap<>();
            for (ReportBench.Access access : ReportBench.accesses(bench.interview(), interviewLog)) {
                interviewLogged.merge(access.method() + " " + access.path().replaceAll(
                        "/campaigns/[^/]+/", "/campaigns/{id}/"), 1L, Long::sum);
                if (access.path().endsWith("/export")) {
                    exports.add(access.millis() * 1_000_000);
                }
            }
            long questionBankLogged = ReportBench.accesses(bench.questionBank(), questionBankLog).stream()
                    .filter(a -> a.path().startsWith("/api/")).count();

            double serverCount = value(reportAfter, reportBefore, "http_server_requests_seconds_count");
            double serverSum = value(reportAfter, reportBefore, "http_server_requests_seconds_sum");
            Double serverMax = ReportBench.requestValues(reportAfter, "http_server_requests_seconds_max").get(REPORTS);
            Map<String, Long> clientCalls = ReportBench.difference(
                    ReportBench.requestCounts(reportBefore, "http_client_requests_seconds_count"),
                    ReportBench.requestCounts(reportAfter, "http_client_requests_seconds_count"));

            System.out.println();
            System.out.printf(Locale.ROOT, "POST /api/v1/reports: %d subjects x %d interviews x %d answers; %d "
                            + "generations measured after %d, one client, the subjects in turn%n", subjects, perSubject,
                    questionCount, generations, warmup);
            System.out.println("  client (send to end of response): " + Latencies.summarize(List.of(client)));
            System.out.println("  service (report-service's access log, whole ms): "
                    + Latencies.summarize(List.of(server)));
            System.out.printf(Locale.ROOT, "  service (http_server_requests_seconds of %s): %.0f requests, mean "
                            + "%.1f ms, max %.1f ms (the max of the last few minutes)%n", REPORTS, serverCount,
                    1000 * serverSum / serverCount, serverMax == null ? Double.NaN : 1000 * serverMax);
            System.out.println("  interview-service's export as report-service called it (its access log, whole "
                    + "ms): " + Latencies.summarize(List.of(exports)));
            System.out.printf(Locale.ROOT, "  response: %.0f KB on average, %.1f generations/s%n",
                    bytes / 1024.0 / generations, generations / clientSeconds);
            System.out.println("  downstream calls per generation (http_server_requests_seconds_count of "
                    + "interview-service and question-bank-service before and after each): at most " + highestCalls);
            callsPerGeneration.forEach((calls, count) -> System.out.println("    " + count + " x " + calls));
            System.out.println("  whole phase: interview-service served " + interviewCalls + " (access log: "
                    + interviewLogged + "), question-bank-service " + questionBankCalls + " (access log: "
                    + questionBankLogged + " /api requests); report-service's client metrics: " + clientCalls);
            System.out.println("  CPU: " + cpu);
            System.out.println("  load average at the end: " + CpuUsage.loadAverage());
        }
        for (Path recording : profiles) {
            JfrProfile.print(recording, recording.getFileName().toString(), 30);
        }
    }

    private static HttpResponse<String> generate(ReportBench bench, String token, CampaignData.Campaign campaign,
                                                 int i, int perSubject, boolean complete) throws Exception {
        String subject = CampaignData.externalId(i % campaign.subjects() + 1);
        HttpRequest request = bench.request("/api/v1/reports", token).header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(BenchHttp.json(Map.of("campaignId", campaign.id(), "subjectExternalId", subject))).build();
        HttpResponse<String> response = bench.send(request, 201);
        JsonNode report = CampaignData.JSON.readTree(response.body());
        if (report.get("inputs").size() != perSubject) {
            throw new IllegalStateException("The report of " + subject + " used " + report.get("inputs").size()
                    + " interviews, not " + perSubject);
        }
        if (complete && report.path("partial").asBoolean(false)) {
            throw new IllegalStateException("The report of " + subject + " is partial: " + report.get("missing"));
        }
        return response;
    }

    /** A request metric of {@value #REPORTS} after minus before. */
    private static double value(List<ReportBench.Sample> after, List<ReportBench.Sample> before, String name) {
        return ReportBench.requestValues(after, name).getOrDefault(REPORTS, 0.0)
                - ReportBench.requestValues(before, name).getOrDefault(REPORTS, 0.0);
    }
}
