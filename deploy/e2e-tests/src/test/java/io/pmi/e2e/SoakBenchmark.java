package io.pmi.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchHttp;
import io.pmi.testsupport.bench.BenchService;
import io.pmi.testsupport.bench.CpuUsage;
import io.pmi.testsupport.bench.GcLog;
import io.pmi.testsupport.bench.Latencies;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three packaged services under a day's load, for ten minutes: 50 interviewers, each a thread running one SELF
 * interview after another (HR plans it, then the interviewer prepares, starts, records consent, answers every
 * question of the library's {@code guide.self} with a pause of 0 to 2 s between requests, and completes it), while
 * HR generates and reads a report every 2 s for a subject whose interview was completed. Not a test: run it as
 * docs/benchmarks.md says and record the figures there.
 *
 * <p>Reported: p50/p99 per operation, every unexpected answer (there should be none), each service's heap after a
 * full GC before and after the run and the highest heap after its collections per fifth of the run (flat when
 * nothing accumulates), and each connection pool's highest active and awaiting connections per fifth (Agroal's
 * gauges at {@code /q/metrics}, sampled every 5 s).
 *
 * <p>Options (system properties): {@code bench.interviewers} (50), {@code bench.warmup} (seconds, 120, unmeasured),
 * {@code bench.seconds} (600), {@code bench.thinkMs} (1000, the mean pause), {@code bench.reportEveryMs} (2000),
 * {@code bench.ramp} (seconds over which the interviewers begin, 30: fifty requests at the same instant on services
 * that have just started, their JIT cold, time out at the clients' 2 s and open their breakers).
 */
public final class SoakBenchmark {

    private static final String TENANT = "soak";
    private static final String HR = TestTokens.token(TENANT, "hr-soak", "HR_ADMIN");
    private static final Pattern GAUGE = Pattern.compile("^(agroal_(?:active|awaiting)_count)\\{[^}]*} ([0-9.]+)",
            Pattern.MULTILINE);
    private static final List<String> OPERATIONS = List.of("plan", "prepare", "start", "consent", "answer",
            "complete", "generateReport", "getReport");

    private final HttpClient http = BenchHttp.client();
    private final Map<String, BenchService> services = new LinkedHashMap<>();
    private final Map<String, List<Latencies>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unexpectedInWarmup = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> completedSubjects = new ConcurrentLinkedQueue<>();
    private String campaign;
    private volatile boolean measuring;

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new SoakBenchmark().run(Integer.getInteger("bench.interviewers", 50), Integer.getInteger("bench.warmup", 120),
                Integer.getInteger("bench.seconds", 600), Long.getLong("bench.thinkMs", 1000),
                Long.getLong("bench.reportEveryMs", 2000), Integer.getInteger("bench.ramp", 30));
    }

    private void run(int interviewers, int warmupSeconds, int seconds, long thinkMs, long reportEveryMs,
                     int rampSeconds) throws Exception {
        Path target = BenchEnvironment.targetDir(SoakBenchmark.class);
        Path root = target.getParent().getParent().getParent();
        Map<String, GcLog> gc = new LinkedHashMap<>();
        for (String name : DeploymentFiles.SERVICES) {
            GcLog log = new GcLog(target.resolve("soak-" + name + "-gc.log"));
            Files.deleteIfExists(log.file());
            gc.put(name, log);
        }
        try (BenchEnvironment environment = BenchEnvironment.start(target)) {
            BenchService bank = environment.startService(BenchService.Spec.of("question-bank-service",
                    root.resolve("question-bank-service/target"), "question_bank")
                    .jvm(gc.get("question-bank-service").jvmOption()));
            BenchService interviews = environment.startService(BenchService.Spec.of("interview-service",
                    root.resolve("interview-service/target"), "interview")
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", bank.baseUrl())
                    .jvm(gc.get("interview-service").jvmOption()));
            BenchService reports = environment.startService(BenchService.Spec.of("report-service",
                    root.resolve("report-service/target"), "report")
                    .env("QUARKUS_REST_CLIENT_INTERVIEW_URL", interviews.baseUrl())
                    .env("QUARKUS_REST_CLIENT_QUESTION_BANK_URL", bank.baseUrl())
                    .jvm(gc.get("report-service").jvmOption()));
            services.put("question-bank-service", bank);
            services.put("interview-service", interviews);
            services.put("report-service", reports);
            setUp(interviewers, (warmupSeconds + seconds) / 15 + 10);

            ExecutorService pool = Executors.newFixedThreadPool(interviewers + 2);
            List<Future<?>> running = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds + seconds);
            for (int i = 0; i < interviewers; i++) {
                int interviewer = i;
                running.add(pool.submit(() -> interviewer(interviewer, end, thinkMs, rampSeconds)));
            }
            running.add(pool.submit(() -> reporter(end, reportEveryMs)));
            Map<String, List<long[]>> pools = new LinkedHashMap<>();
            services.keySet().forEach(name -> pools.put(name + " active", new CopyOnWriteArrayList<>()));
            services.keySet().forEach(name -> pools.put(name + " awaiting", new CopyOnWriteArrayList<>()));
            running.add(pool.submit(() -> sample(end, pools)));

            BenchEnvironment.log("Warm-up: %d interviewers for %d s", interviewers, warmupSeconds);
            Thread.sleep(TimeUnit.SECONDS.toMillis(warmupSeconds));
            Map<String, Integer> liveBefore = new LinkedHashMap<>();
            for (Map.Entry<String, BenchService> service : services.entrySet()) {
                liveBefore.put(service.getKey(), gc.get(service.getKey()).fullGc(service.getValue()));
            }
            Map<String, Long> processes = new LinkedHashMap<>();
            services.forEach((name, service) -> processes.put(name, service.pid()));
            processes.put("mariadbd", environment.databasePid());
            processes.put("bench-jvm", ProcessHandle.current().pid());
            BenchEnvironment.log("Measured: %d s; load average %s", seconds, CpuUsage.loadAverage());
            CpuUsage usage = CpuUsage.start(processes);
            pools.values().forEach(List::clear);
            long startMillis = System.currentTimeMillis();
            measuring = true;
            for (Future<?> task : running) {
                task.get();
            }
            measuring = false;
            long endMillis = System.currentTimeMillis();
            String cpu = usage.stop();
            pool.shutdown();

            System.out.println();
            System.out.printf(Locale.ROOT, "Soak: %d interviewers, think time 0 to %d ms, a report every %d ms, "
                    + "%d s measured after %d s of warm-up%n", interviewers, 2 * thinkMs, reportEveryMs, seconds,
                    warmupSeconds);
            for (String operation : OPERATIONS) {
                List<Latencies> recorded = latencies.getOrDefault(operation, List.of());
                Latencies.Summary summary = Latencies.summarize(recorded);
                System.out.printf(Locale.ROOT, "  %-15s %s; %.1f/s%n", operation, summary,
                        summary.count() / (double) seconds);
            }
            System.out.println("  unexpected answers: " + (unexpected.isEmpty() ? "none" : unexpected)
                    + "; in the warm-up: " + (unexpectedInWarmup.isEmpty() ? "none" : unexpectedInWarmup));
            System.out.println("  CPU: " + cpu);
            for (Map.Entry<String, BenchService> service : services.entrySet()) {
                GcLog log = gc.get(service.getKey());
                int liveAfter = log.fullGc(service.getValue());
                System.out.printf(Locale.ROOT, "  %s: heap after a full GC %d MB before, %d MB after; "
                                + "collections %s%n", service.getKey(), liveBefore.get(service.getKey()), liveAfter,
                        GcLog.describe(log.between(startMillis, endMillis), startMillis, endMillis, "run"));
            }
            pools.forEach((name, values) -> System.out.printf("  pool %s, highest per fifth: %s%n", name,
                    GcLog.fifths(values, startMillis, endMillis)));
            System.out.println("  GC logs: " + target);
        }
    }

    /** Participants (one subject per interview to come), and a campaign on the library's SELF guide. */
    private void setUp(int interviewers, int subjectsEach) throws Exception {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < interviewers; i++) {
            for (int k = 0; k < subjectsEach; k++) {
                people.add(Map.of("externalId", subject(i, k), "name", "受访者" + i + "-" + k, "department", "销售部",
                        "employmentStatus", "ACTIVE"));
            }
        }
        String hris = TestTokens.token(TENANT, "hris-soak", "INTEGRATION");
        for (int from = 0; from < people.size(); from += 1000) {
            BenchHttp.send(http, request("interview-service", "/api/v1/participants/batch", hris)
                    .header("Content-Type", "application/json")
                    .POST(BenchHttp.json(Map.of("items", people.subList(from, Math.min(people.size(), from + 1000)))))
                    .build(), 200);
        }
        JsonNode created = BenchHttp.sendForJson(http, request("interview-service", "/api/v1/campaigns", HR)
                .header("Content-Type", "application/json")
                .POST(BenchHttp.json(Map.of("name", "长稳测试访谈项目", "period", "2026-H1", "locale", "zh-CN",
                        "guides", List.of(Map.of("role", "SELF", "guideId", "guide.self"))))).build(), 201);
        campaign = created.get("id").asText();
        BenchEnvironment.log("Set up %d participants and campaign %s", people.size(), campaign);
    }

    /** One interviewer: interview after interview until the end. */
    private void interviewer(int interviewer, long end, long thinkMs, int rampSeconds) {
        String token = TestTokens.token(TENANT, "soak-interviewer-" + interviewer, "INTERVIEWER");
        Random random = new Random(interviewer);
        Map<String, Latencies> mine = new LinkedHashMap<>();
        try {
            // People do not all start at the same second: the first interviews begin over the ramp.
            Thread.sleep(random.nextLong(Math.max(1, rampSeconds * 1000L)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int k = 0; System.nanoTime() < end; k++) {
            try {
                String subject = subject(interviewer, k);
                Map<String, Object> plan = new LinkedHashMap<>();
                plan.put("campaignId", campaign);
                plan.put("subjectExternalId", subject);
                plan.put("intervieweeExternalId", subject);
                plan.put("sourceRole", "SELF");
                plan.put("interviewerId", "soak-interviewer-" + interviewer);
                plan.put("scheduledAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                        .toString());
                HttpResponse<String> planned = timed(mine, "plan", 201, request("interview-service",
                        "/api/v1/interviews", HR).header("Content-Type", "application/json")
                        .POST(BenchHttp.json(plan)).build());
                if (planned == null) {
                    continue;
                }
                String id = BenchHttp.JSON.readTree(planned.body()).get("id").asText();
                String etag = planned.headers().firstValue("ETag").orElseThrow();
                String path = "/api/v1/interviews/" + id;
                for (String step : List.of("prepare", "start")) {
                    pause(random, thinkMs);
                    HttpResponse<String> moved = timed(mine, step, 200, request("interview-service",
                            path + "/" + step, token).header("If-Match", etag)
                            .POST(HttpRequest.BodyPublishers.noBody()).build());
                    etag = moved == null ? etag : moved.headers().firstValue("ETag").orElse(etag);
                }
                pause(random, thinkMs);
                timed(mine, "consent", 201, request("interview-service", path + "/consent", token)
                        .header("Content-Type", "application/json")
                        .PUT(BenchHttp.json(Map.of("locale", "zh-CN", "agreed", true))).build());
                JsonNode questions = BenchHttp.sendForJson(http, request("interview-service",
                        path + "/questions?size=200", token).GET().build(), 200);
                for (JsonNode question : questions.get("items")) {
                    pause(random, thinkMs);
                    timed(mine, "answer", 201, request("interview-service", path + "/answers/"
                            + question.get("key").asText(), token).header("Content-Type", "application/json")
                            .PUT(BenchHttp.json(answer(question, random))).build());
                }
                pause(random, thinkMs);
                String current = BenchHttp.send(http, request("interview-service", path, token).GET().build(), 200)
                        .headers().firstValue("ETag").orElseThrow();
                HttpResponse<String> completed = timed(mine, "complete", 200, request("interview-service",
                        path + "/complete", token).header("If-Match", current)
                        .header("Content-Type", "application/json")
                        .POST(BenchHttp.json(Map.of("overrideReason", "长稳测试"))).build());
                if (completed != null) {
                    completedSubjects.add(subject);
                }
            } catch (Exception e) {
                unexpected("interviewer: " + e);
            }
        }
        mine.forEach((operation, recorded) -> latencies.computeIfAbsent(operation,
                key -> new CopyOnWriteArrayList<>()).add(recorded));
    }

    /** HR: a report for a subject whose interview was completed, every {@code everyMs}, then reads it. */
    private void reporter(long end, long everyMs) {
        Map<String, Latencies> mine = new LinkedHashMap<>();
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(everyMs);
                String subject = completedSubjects.poll();
                if (subject == null) {
                    continue;
                }
                HttpResponse<String> generated = timed(mine, "generateReport", 201, request("report-service",
                        "/api/v1/reports", HR).header("Content-Type", "application/json")
                        .POST(BenchHttp.json(Map.of("campaignId", campaign, "subjectExternalId", subject))).build());
                if (generated != null) {
                    String id = BenchHttp.JSON.readTree(generated.body()).get("id").asText();
                    timed(mine, "getReport", 200, request("report-service", "/api/v1/reports/" + id, HR)
                            .GET().build());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                unexpected("reporter: " + e);
            }
        }
        mine.forEach((operation, recorded) -> latencies.computeIfAbsent(operation,
                key -> new CopyOnWriteArrayList<>()).add(recorded));
    }

    /** Every 5 s, each service's connection-pool gauges. */
    private void sample(long end, Map<String, List<long[]>> pools) {
        while (System.nanoTime() < end) {
            for (Map.Entry<String, BenchService> service : services.entrySet()) {
                try {
                    String metrics = BenchHttp.send(http, HttpRequest.newBuilder(URI.create(
                            service.getValue().baseUrl() + "/q/metrics")).GET().build(), 200).body();
                    Matcher gauge = GAUGE.matcher(metrics);
                    while (gauge.find()) {
                        String kind = gauge.group(1).contains("active") ? " active" : " awaiting";
                        pools.get(service.getKey() + kind).add(new long[]{System.currentTimeMillis(),
                                (long) Double.parseDouble(gauge.group(2))});
                    }
                } catch (Exception e) {
                    unexpected("metrics: " + e);
                }
            }
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Sends one request and keeps its latency once the measured phase has begun; an unexpected status is counted
     * (in both phases) and answers null.
     */
    private HttpResponse<String> timed(Map<String, Latencies> mine, String operation,
                                       int expected, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (measuring) {
            mine.computeIfAbsent(operation, key -> new Latencies()).add(took);
        }
        if (response.statusCode() != expected) {
            unexpected(operation + " " + response.statusCode());
            return null;
        }
        return response;
    }

    private void unexpected(String what) {
        (measuring ? unexpected : unexpectedInWarmup).computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    private HttpRequest.Builder request(String service, String path, String token) {
        return HttpRequest.newBuilder(URI.create(services.get(service).baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN");
    }

    private static void pause(Random random, long thinkMs) throws InterruptedException {
        if (thinkMs > 0) {
            Thread.sleep((long) (random.nextDouble() * 2 * thinkMs));
        }
    }

    /** An answer of the question's type, as an interviewer records it. */
    private static Map<String, Object> answer(JsonNode question, Random random) {
        return switch (question.get("type").asText()) {
            case "SCALE" -> {
                JsonNode scale = question.get("scale");
                int min = scale.get("min").asInt();
                yield Map.of("scaleValue", min + random.nextInt(scale.get("max").asInt() - min + 1),
                        "comment", "基本符合实际情况");
            }
            case "SINGLE_CHOICE", "MULTI_CHOICE" -> {
                JsonNode options = question.get("options");
                yield Map.of("choices", List.of(options.get(random.nextInt(options.size())).get("value").asText()));
            }
            default -> Map.of("text", "我们每个月和主管沟通一次目标,但指标的权重没有人解释过。", "stance",
                    random.nextBoolean() ? "POSITIVE" : "NEGATIVE");
        };
    }

    private static String subject(int interviewer, int k) {
        return "SOAK-" + interviewer + "-" + k;
    }
}
