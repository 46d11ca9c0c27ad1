package io.pmi.interview.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.CpuUsage;
import io.pmi.testsupport.bench.GcLog;
import io.pmi.testsupport.bench.Latencies;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code GET /api/v1/campaigns/{id}/export?cursor=&size=} (HR_ADMIN) through a whole campaign of 10,000 completed,
 * consented interviews of 40 answers each, page after page as report-service reads it. Target: the service's heap
 * stays flat (memory bounded by the page, not by the campaign) with -Xmx capped; throughput stated. Not a test:
 * run it as docs/benchmarks.md says and record the figures there.
 *
 * <p>The campaign is written by JDBC ({@link ExportData}). interview-service runs with {@code -Xmx} of
 * {@code bench.xmx} and a GC log ({@code -Xlog:gc}, kept as {@code interview-service/target/bench-export-gc.log});
 * before and after each pass the benchmark has the service collect its heap fully ({@code jcmd GC.run}) and reads
 * the live heap from the log, and during the pass it reads {@code jvm_memory_used_bytes} of the heap from
 * {@code /q/metrics} every 250 ms and takes the heap after every collection from the log. Each pass checks that it
 * got every interview once with all its answers.
 *
 * <p>Options (system properties): {@code bench.interviews} (default 10000), {@code bench.questions} (per interview,
 * at most 49, default 40), {@code bench.pageSizes} (one pass each, default 200,50), {@code bench.warmupPages} (pages
 * of the first size read before the first pass, default 10), {@code bench.xmx} (default 256m), {@code bench.bufferPool}
 * (innodb_buffer_pool_size, default 1G, as a server would have; the embedded default is 128 MB), and those of
 * {@link InterviewBench}.
 */
public final class ExportBenchmark {

    record Pass(int size, int pages, int interviews, long answers, double seconds, long bytes,
                Latencies.Summary pageLatency, String cpu, int liveBeforeMb, int liveAfterMb, String sampledMb,
                String collections) {
    }

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int interviews = Integer.getInteger("bench.interviews", 10_000);
        int questionCount = Integer.getInteger("bench.questions", 40);
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.pageSizes", "200,50").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int warmupPages = Integer.getInteger("bench.warmupPages", 10);
        String xmx = System.getProperty("bench.xmx", "256m");
        String bufferPool = System.getProperty("bench.bufferPool", "1G");
        GcLog gcLog = new GcLog(InterviewBench.targetDir().resolve("bench-export-gc.log"));
        Files.deleteIfExists(gcLog.file());

        List<Pass> passes = new ArrayList<>();
        try (InterviewBench bench = InterviewBench.start(false, "-Xmx" + xmx,
                gcLog.jvmOption());
             Connection admin = bench.connect("")) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("set global innodb_buffer_pool_size = " + bytes(bufferPool));
            }
            ExportData data = new ExportData(InterviewBench.targetDir().getParent().getParent()
                    .resolve("question-bank-service/src/main/resources/library"), InterviewBench.TENANT,
                    UUID.nameUUIDFromBytes("bench-export".getBytes(StandardCharsets.UTF_8)).toString(), questionCount);
            long loadStart = System.nanoTime();
            try (Connection loader = bench.connect("rewriteBatchedStatements=true")) {
                data.writeCampaign(loader, interviews);
                for (int from = 0; from < interviews; from += 1000) {
                    data.writeInterviews(loader, from, Math.min(interviews, from + 1000), 50);
                    BenchEnvironment.log("  %d interviews written", Math.min(interviews, from + 1000));
                }
            }
            try (Statement statement = admin.createStatement()) {
                for (String table : List.of("interview", "interview_question", "answer", "emotion_note")) {
                    statement.execute("analyze table " + table);
                }
            }
            BenchEnvironment.log("Wrote %d interviews of %d questions and answers by JDBC in %.0f s", interviews,
                    questionCount, (System.nanoTime() - loadStart) / 1e9);

            String token = bench.token("hr-admin", "HR_ADMIN");
            String path = "/api/v1/campaigns/" + data.campaignId() + "/export";
            BenchEnvironment.log("Warm-up: %d pages of %d", warmupPages, sizes.get(0));
            String cursor = null;
            for (int page = 0; page < warmupPages; page++) {
                cursor = page(bench, token, path, cursor, sizes.get(0)).get("nextCursor").asText(null);
                if (cursor == null) {
                    break;
                }
            }
            for (int size : sizes) {
                passes.add(pass(bench, token, path, size, interviews, questionCount, gcLog));
            }
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "GET /api/v1/campaigns/{id}/export, %d interviews x %d answers, -Xmx%s, one "
                + "client reading page after page%n", interviews, questionCount, xmx);
        for (Pass p : passes) {
            System.out.printf(Locale.ROOT, "size %d: %d pages, %d interviews, %d answers in %.1f s: %.0f interviews/s, "
                            + "%.0f answers/s, %.1f MB/s of JSON (%.1f MB a page)%n", p.size(), p.pages(),
                    p.interviews(), p.answers(), p.seconds(), p.interviews() / p.seconds(), p.answers() / p.seconds(),
                    p.bytes() / 1e6 / p.seconds(), p.bytes() / 1e6 / p.pages());
            System.out.println("  page latency: " + p.pageLatency());
            System.out.printf("  heap after a full GC: %d MB before the pass, %d MB after it%n", p.liveBeforeMb(),
                    p.liveAfterMb());
            System.out.printf("  highest heap used (jvm_memory_used_bytes, every 250 ms) per fifth of the pass: %s "
                    + "MB%n", p.sampledMb());
            System.out.println("  collections during the pass: " + p.collections());
            System.out.println("  CPU: " + p.cpu());
        }
        System.out.println("GC log: " + gcLog.file());
    }

    private static Pass pass(InterviewBench bench, String token, String path, int size, int interviews,
                             int questionCount, GcLog gcLog) throws Exception {
        int liveBefore = gcLog.fullGc(bench.interview());
        BenchEnvironment.log("Pass with pages of %d; live heap %d MB; load average %s", size, liveBefore,
                CpuUsage.loadAverage());
        List<long[]> sampled = new CopyOnWriteArrayList<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                try {
                    sampled.add(new long[] {System.currentTimeMillis(), heapUsed(bench) >> 20});
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "heap-sampler");
        Latencies latencies = new Latencies();
        Set<String> seen = new HashSet<>();
        long answers = 0;
        long bytes = 0;
        int pages = 0;
        long startMillis = System.currentTimeMillis();
        CpuUsage usage = CpuUsage.start(bench.processes());
        long start = System.nanoTime();
        sampler.start();
        String cursor = null;
        try {
            do {
                long began = System.nanoTime();
                HttpResponse<String> response = bench.send(request(bench, token, path, cursor, size), 200);
                latencies.add(System.nanoTime() - began);
                bytes += response.body().getBytes(StandardCharsets.UTF_8).length;
                JsonNode page = InterviewBench.JSON.readTree(response.body());
                pages++;
                for (JsonNode item : page.get("items")) {
                    if (!seen.add(item.get("id").asText())) {
                        throw new IllegalStateException("Interview " + item.get("id") + " came twice");
                    }
                    if (item.get("answers").size() != questionCount || item.get("questions").size() != questionCount) {
                        throw new IllegalStateException("Interview " + item.get("id") + " came with "
                                + item.get("answers").size() + " answers and " + item.get("questions").size()
                                + " questions");
                    }
                    answers += item.get("answers").size();
                }
                cursor = page.get("nextCursor") == null ? null : page.get("nextCursor").asText();
            } while (cursor != null);
        } finally {
            sampling.set(false);
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String cpu = usage.stop();
        long endMillis = System.currentTimeMillis();
        if (seen.size() != interviews) {
            throw new IllegalStateException("The export gave " + seen.size() + " interviews, not " + interviews);
        }
        int liveAfter = gcLog.fullGc(bench.interview());
        List<GcLog.Collection> during = gcLog.between(startMillis, endMillis);
        Pass pass = new Pass(size, pages, seen.size(), answers, seconds, bytes, Latencies.summarize(List.of(latencies)),
                cpu, liveBefore, liveAfter, GcLog.fifths(sampled, startMillis, endMillis),
                GcLog.describe(during, startMillis, endMillis, "pass"));
        BenchEnvironment.log("  %d pages in %.1f s, %.0f interviews/s; live heap after: %d MB; collections: %s", pages,
                seconds, seen.size() / seconds, liveAfter, pass.collections());
        return pass;
    }

    private static JsonNode page(InterviewBench bench, String token, String path, String cursor, int size)
            throws Exception {
        return InterviewBench.JSON.readTree(bench.send(request(bench, token, path, cursor, size), 200).body());
    }

    private static HttpRequest request(InterviewBench bench, String token, String path, String cursor, int size) {
        return bench.request(path + "?size=" + size + (cursor == null ? ""
                : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), token).GET().build();
    }

    /** The sum of jvm_memory_used_bytes over the heap's pools, from the service's Prometheus endpoint. */
    private static long heapUsed(InterviewBench bench) throws IOException, InterruptedException {
        HttpResponse<String> metrics = bench.http().send(HttpRequest.newBuilder(java.net.URI.create(bench.baseUrl()
                + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        long used = 0;
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    private static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = s.endsWith("G") ? 1L << 30 : s.endsWith("M") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }
}
