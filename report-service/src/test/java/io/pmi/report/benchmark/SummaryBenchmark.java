package io.pmi.report.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchService;
import io.pmi.testsupport.bench.CpuUsage;
import io.pmi.testsupport.bench.GcLog;
import io.pmi.testsupport.bench.Latencies;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A campaign summary ({@code POST /api/v1/campaigns/{id}/summaries}, then {@code GET /api/v1/summaries/{id}} every
 * 250 ms until DONE) of campaigns of 50, 500 (the target: 10,000 interviews, 400,000 answers) and more subjects of
 * 20 completed, consented interviews of 40 answers each, three KPI records per subject, in 20 departments, against
 * the real interview-service (packaged; the data written into its database by JDBC, {@link CampaignData}). Target:
 * 500 subjects in under 30 s with report-service's heap capped at {@code -Xmx512m}. Not a test: run it as
 * docs/benchmarks.md says and record the figures there.
 *
 * <p>report-service runs with {@code -Xmx} of {@code bench.xmx} and a GC log (kept as
 * {@code report-service/target/bench-summary-gc.log}); before and after each summary the benchmark has it collect
 * its heap fully ({@code jcmd GC.run}) and reads the live heap from the log, and during the summary it reads
 * {@code jvm_memory_used_bytes} of the heap from {@code /q/metrics} every 250 ms (of interview-service too) and takes
 * the heap after every collection from the log. It counts the calls report-service made to interview-service
 * ({@code http_server_requests_seconds_count} before and after) and sums the time interview-service took to serve
 * them (its access log). The smallest campaign is summarized {@code bench.warmups} times (default 2) first, unmeasured.
 *
 * <p>Options (system properties): {@code bench.subjects} (one campaign each, default 50,500), {@code
 * bench.interviews} (per subject, default 20), {@code bench.questions} (default 40), {@code bench.records} (per
 * subject, at most 4, default 3), {@code bench.xmx} (default 512m), {@code bench.interviewXmx} (default 1g),
 * {@code bench.bufferPool} (default 2G), {@code bench.profile=true} (a JFR recording of execution samples in both
 * services from their start, dumped and summarized per summary, kept in {@code report-service/target}; it costs
 * some speed), and those of {@link ReportBench}.
 */
public final class SummaryBenchmark {

    record Run(CampaignData.Campaign campaign, double clientSeconds, double serverSeconds, JsonNode result,
               Map<String, Long> calls, Latencies.Summary exportPages, double exportSeconds,
               Latencies.Summary recordPages, double recordSeconds, String cpu, String load, int liveBeforeMb,
               int liveAfterMb, String sampledMb, String interviewSampledMb, String collections, List<Path> profiles) {
    }

    private static final int WARMUP_PAGES = 40;

    /** The summary ended FAILED. */
    static final class SummaryFailed extends IllegalStateException {
        SummaryFailed(String failure) {
            super("The summary failed: " + failure);
        }
    }

    private SummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.subjects", "50,500").split(","))
                .map(String::trim).map(Integer::parseInt).sorted().toList();
        int perSubject = Integer.getInteger("bench.interviews", 20);
        int questionCount = Integer.getInteger("bench.questions", 40);
        int records = Integer.getInteger("bench.records", 3);
        int warmups = Integer.getInteger("bench.warmups", 2);
        String xmx = System.getProperty("bench.xmx", "512m");
        boolean profile = Boolean.getBoolean("bench.profile");
        GcLog gcLog = new GcLog(ReportBench.targetDir().resolve("bench-summary-gc.log"));
        Files.deleteIfExists(gcLog.file());

        List<String> reportOptions = new ArrayList<>(List.of("-Xmx" + xmx, gcLog.jvmOption()));
        List<String> interviewOptions = new ArrayList<>(List.of("-Xmx" + System.getProperty("bench.interviewXmx",
                "1g")));
        if (profile) {
            String jfr = JfrProfile.startOption();
            reportOptions.add(jfr);
            interviewOptions.add(jfr);
        }

        List<Run> runs = new ArrayList<>();
        try (ReportBench bench = ReportBench.start(System.getProperty("bench.bufferPool", "2G"), interviewOptions,
                reportOptions.toArray(String[]::new))) {
            CampaignData data = new CampaignData(ReportBench.root().resolve(
                    "question-bank-service/src/main/resources/library"), ReportBench.TENANT, questionCount);
            List<CampaignData.Campaign> campaigns = sizes.stream()
                    .map(n -> CampaignData.campaign("bench-summary-" + n, n, perSubject)).toList();
            try (Connection loader = bench.connectInterview("rewriteBatchedStatements=true")) {
                Instant start = Instant.now();
                data.writeParticipants(loader, sizes.get(sizes.size() - 1), records);
                BenchEnvironment.log("Wrote %d participants with %d records each in %s", sizes.get(sizes.size() - 1)
                        + 1, records, ReportBench.since(start));
                for (CampaignData.Campaign campaign : campaigns) {
                    start = Instant.now();
                    data.writeCampaign(loader, campaign);
                    for (int from = 0; from < campaign.interviews(); from += 2000) {
                        data.writeInterviews(loader, campaign, from, Math.min(campaign.interviews(), from + 2000), 50);
                        BenchEnvironment.log("  %d of %d interviews written (%s)", Math.min(campaign.interviews(),
                                from + 2000), campaign.interviews(), ReportBench.since(start));
                    }
                    BenchEnvironment.log("Campaign of %d subjects: %d interviews x %d answers written by JDBC in %s",
                            campaign.subjects(), campaign.interviews(), questionCount, ReportBench.since(start));
                }
            }
            bench.analyzeInterviewTables();

            BenchEnvironment.log("Warm-up: %d pages of the export by subject read from interview-service directly",
                    WARMUP_PAGES);
            bench.warmDownstream(campaigns.get(campaigns.size() - 1).id(), 0, WARMUP_PAGES,
                    ReportBench.token("hr-admin", "HR_ADMIN"));
            for (int i = 0; i < warmups; i++) {
                BenchEnvironment.log("Warm-up %d/%d: the campaign of %d subjects", i + 1, warmups,
                        campaigns.get(0).subjects());
                try {
                    summarize(bench, campaigns.get(0));
                } catch (SummaryFailed e) {
                    // A page slower than report-service's client timeout while interview-service is still cold.
                    BenchEnvironment.log("  %s; going on after 6 s (the circuit breaker's delay)", e.getMessage());
                    Thread.sleep(6000);
                }
            }
            for (CampaignData.Campaign campaign : campaigns) {
                runs.add(measure(bench, campaign, gcLog, profile));
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "Campaign summaries: %d interviews of %d answers per subject, %d records per "
                + "subject, report-service -Xmx%s%n", perSubject, questionCount, records, xmx);
        for (Run r : runs) {
            JsonNode result = r.result();
            System.out.printf(Locale.ROOT, "%d subjects, %d interviews, %d answers: %.1f s at the client (POST to "
                            + "the poll that saw DONE), %.1f s at the service (createdAt to finishedAt); %.0f "
                            + "interviews/s%n", r.campaign().subjects(), r.campaign().interviews(),
                    (long) r.campaign().interviews() * questionCount, r.clientSeconds(), r.serverSeconds(),
                    r.campaign().interviews() / r.serverSeconds());
            System.out.printf(Locale.ROOT, "  result: %d subjects, %d interviews, %d findings %s, %d department "
                            + "scores, %d suppressed%n", result.get("subjects").asInt(),
                    result.get("interviews").asInt(), result.at("/findings/total").asInt(),
                    result.at("/findings/bySeverity"),
                    result.get("scoresByDepartment").size(), result.get("suppressed").size());
            System.out.println("  calls to interview-service (its http_server_requests_seconds_count): " + r.calls());
            System.out.printf(Locale.ROOT, "  interview-service serving them (its access log, whole ms): export pages "
                            + "%.1f s in all, %s; record pages %.1f s in all, %s%n", r.exportSeconds(),
                    r.exportPages(), r.recordSeconds(), r.recordPages());
            System.out.printf("  report-service heap after a full GC: %d MB before, %d MB after%n", r.liveBeforeMb(),
                    r.liveAfterMb());
            System.out.printf("  highest heap used (jvm_memory_used_bytes, every 250 ms) per fifth of the run: "
                    + "report-service %s MB; interview-service %s MB%n", r.sampledMb(), r.interviewSampledMb());
            System.out.println("  report-service collections during the run: " + r.collections());
            System.out.println("  CPU: " + r.cpu());
            System.out.println("  load average at the start: " + r.load());
        }
        System.out.println("GC log: " + gcLog.file());
        for (Run r : runs) {
            for (Path recording : r.profiles()) {
                JfrProfile.print(recording, recording.getFileName().toString(), 30);
            }
        }
    }

    private static Run measure(ReportBench bench, CampaignData.Campaign campaign, GcLog gcLog, boolean profile)
            throws Exception {
        int liveBefore = gcLog.fullGc(bench.report());
        String load = CpuUsage.loadAverage();
        BenchEnvironment.log("Summary of %d subjects (%d interviews); report-service live heap %d MB; load average %s",
                campaign.subjects(), campaign.interviews(), liveBefore, load);
        List<long[]> sampled = new CopyOnWriteArrayList<>();
        List<long[]> interviewSampled = new CopyOnWriteArrayList<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                try {
                    long now = System.currentTimeMillis();
                    sampled.add(new long[] {now, bench.heapUsed(bench.report()) >> 20});
                    interviewSampled.add(new long[] {now, bench.heapUsed(bench.interview()) >> 20});
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "heap-sampler");
        int interviewLog = ReportBench.logLines(bench.interview());
        Map<String, Long> before = bench.servedRequests(bench.interview());
        LocalTime begin = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
        long startMillis = System.currentTimeMillis();
        CpuUsage usage = CpuUsage.start(bench.processes());
        sampler.start();
        JsonNode job;
        long began = System.nanoTime();
        try {
            job = summarize(bench, campaign);
        } finally {
            sampling.set(false);
            sampler.interrupt();
            sampler.join();
        }
        double clientSeconds = (System.nanoTime() - began) / 1e9;
        String cpu = usage.stop();
        long endMillis = System.currentTimeMillis();
        LocalTime end = LocalTime.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Long> calls = ReportBench.difference(before, bench.servedRequests(bench.interview()));
        calls.keySet().removeIf(k -> k.contains("/consent-withdrawals"));

        Latencies exportPages = new Latencies();
        Latencies recordPages = new Latencies();
        long exportMillis = 0;
        long recordMillis = 0;
        for (ReportBench.Access access : ReportBench.accesses(bench.interview(), interviewLog)) {
            if (access.path().endsWith("/export")) {
                exportPages.add(access.millis() * 1_000_000);
                exportMillis += access.millis();
            } else if (access.path().endsWith("/performance-records")) {
                recordPages.add(access.millis() * 1_000_000);
                recordMillis += access.millis();
            }
        }
        int liveAfter = gcLog.fullGc(bench.report());
        List<GcLog.Collection> during = gcLog.between(startMillis, endMillis);
        JsonNode result = job.get("result");
        if (result.get("subjects").asInt() != campaign.subjects()
                || result.get("interviews").asInt() != campaign.interviews()) {
            throw new IllegalStateException("The summary counted " + result.get("subjects") + " subjects and "
                    + result.get("interviews") + " interviews, not " + campaign.subjects() + " and "
                    + campaign.interviews());
        }
        double serverSeconds = Duration.between(Instant.parse(job.get("createdAt").asText()),
                Instant.parse(job.get("finishedAt").asText())).toMillis() / 1000.0;
        List<Path> profiles = new ArrayList<>();
        if (profile) {
            for (BenchService service : List.of(bench.report(), bench.interview())) {
                Path recording = ReportBench.targetDir().resolve("bench-summary-" + campaign.subjects() + "-"
                        + service.name() + ".jfr");
                JfrProfile.dump(service, begin, end, recording);
                profiles.add(recording);
            }
        }
        Run run = new Run(campaign, clientSeconds, serverSeconds, result, calls,
                Latencies.summarize(List.of(exportPages)), exportMillis / 1000.0,
                Latencies.summarize(List.of(recordPages)), recordMillis / 1000.0, cpu, load, liveBefore, liveAfter,
                GcLog.fifths(sampled, startMillis, endMillis), GcLog.fifths(interviewSampled, startMillis,
                endMillis), GcLog.describe(during, startMillis, endMillis, "run"), profiles);
        BenchEnvironment.log("  %.1f s (service %.1f s); calls %s; live heap after %d MB; CPU %s", clientSeconds,
                serverSeconds, calls, liveAfter, cpu);
        return run;
    }

    /** Starts a summary of the campaign and polls it every 250 ms until it is DONE; answers the job. */
    private static JsonNode summarize(ReportBench bench, CampaignData.Campaign campaign) throws Exception {
        // A token of its own, an hour long: the summary runs with it.
        String token = ReportBench.token("hr-admin", "HR_ADMIN");
        HttpResponse<String> started = bench.send(bench.request("/api/v1/campaigns/" + campaign.id() + "/summaries",
                token).header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.noBody()).build(), 202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        while (true) {
            Thread.sleep(250);
            JsonNode job = bench.sendForJson(bench.request(path, token).GET().build(), 200);
            switch (job.get("status").asText()) {
                case "DONE":
                    return job;
                case "FAILED":
                    throw new SummaryFailed(job.get("failure").toString());
                default:
                    break;
            }
        }
    }

}
