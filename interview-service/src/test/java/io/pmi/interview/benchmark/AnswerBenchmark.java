package io.pmi.interview.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.BenchHttp;
import io.pmi.testsupport.bench.CpuUsage;
import io.pmi.testsupport.bench.Latencies;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code PUT /api/v1/interviews/{id}/answers/{questionKey}} by 50 interviewers at once, each with a token of their
 * own ({@code sub} = interviewerId) recording answers in their own IN_PROGRESS interviews with consent given.
 * Target: p99 under 50 ms; throughput stated. Not a test: run it as docs/benchmarks.md says and record the figures
 * there.
 *
 * <p>The interviews are made the way a campaign makes them, over HTTP, with the real question-bank-service started
 * too: participants by batch, a campaign whose SELF guide is the library's {@code guide.self} (16 questions of every
 * type), then per interview: plan (HR_ADMIN; interview-service snapshots the guide from the question bank), prepare,
 * start and consent (the interviewer). Each interviewer has {@code bench.warmupInterviews} interviews for the
 * warm-up and {@code bench.interviews} others for the measurement, so that the measured phase records first answers
 * (201) and then changes them (200, with the answer's ETag in If-Match, a different answer each pass).
 *
 * <p>Each interviewer is a thread of this JVM (a fixed pool, one thread each) sending one request after the other
 * with a pause between them in the measured phase, drawn evenly from 0 to twice {@code bench.thinkMs} (default 0:
 * as fast as the service answers, which measures its capacity; a person takes seconds per answer), and none in the
 * warm-up. The warm-up lasts three minutes: after one, the JIT's C2 threads were still compiling Hibernate's
 * result-set code on this machine's two cores and took a third of the service's CPU in the measured phase. Latency is
 * from just before the request is sent to the end of the response, every request kept, percentiles by sorting.
 *
 * <p>Options (system properties): {@code bench.interviewers} (default 50), {@code bench.interviews} (measured ones per
 * interviewer, default 8), {@code bench.warmupInterviews} (default 4), {@code bench.warmup} (seconds, default 180),
 * {@code bench.seconds} (measured, default 60), {@code bench.thinkMs} (default 0), {@code bench.flushLogAtCommit}
 * (innodb_flush_log_at_trx_commit, default 1 as in production), and those of {@link InterviewBench}.
 */
public final class AnswerBenchmark {

    record Question(String key, String type, List<String> options, int scaleMin, int scaleMax) {
    }

    record Outcome(Latencies all, Latencies created, Latencies changed) {
    }

    private AnswerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int interviewers = Integer.getInteger("bench.interviewers", 50);
        int perInterviewer = Integer.getInteger("bench.interviews", 8);
        int warmupPerInterviewer = Integer.getInteger("bench.warmupInterviews", 4);
        int warmupSeconds = Integer.getInteger("bench.warmup", 180);
        int seconds = Integer.getInteger("bench.seconds", 60);
        long thinkMs = Long.getLong("bench.thinkMs", 0);
        int flushLogAtCommit = Integer.getInteger("bench.flushLogAtCommit", 1);

        Outcome measured;
        double elapsed;
        String cpu;
        long storedAnswers;
        long expectedAnswers;
        try (InterviewBench bench = InterviewBench.start(true);
             Connection admin = bench.connect("")) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("set global innodb_flush_log_at_trx_commit = " + flushLogAtCommit);
            }
            long setupStart = System.nanoTime();
            Map<String, List<String>> warmupInterviews = new LinkedHashMap<>();
            Map<String, List<String>> measuredInterviews = new LinkedHashMap<>();
            List<Question> questions = setUp(bench, interviewers, warmupPerInterviewer, perInterviewer,
                    warmupInterviews, measuredInterviews);
            BenchEnvironment.log("Set up %d interviews of %d questions each in %.0f s", interviewers
                    * (warmupPerInterviewer + perInterviewer), questions.size(),
                    (System.nanoTime() - setupStart) / 1e9);

            ExecutorService pool = Executors.newFixedThreadPool(interviewers);
            try {
                BenchEnvironment.log("Warm-up: %d interviewers for %d s", interviewers, warmupSeconds);
                // Without think time: the warm-up is there for the JIT, which needs requests, not time.
                Outcome warmup = record(bench, pool, warmupInterviews, questions, warmupSeconds, 0);
                BenchEnvironment.log("  warm-up: %s", warmup.all().count() == 0 ? "none"
                        : Latencies.summarize(List.of(warmup.all())));
                BenchEnvironment.log("Measured: %d interviewers for %d s, think time %d ms; load average %s",
                        interviewers, seconds, thinkMs, CpuUsage.loadAverage());
                CpuUsage usage = CpuUsage.start(bench.processes());
                long start = System.nanoTime();
                measured = record(bench, pool, measuredInterviews, questions, seconds, thinkMs);
                elapsed = (System.nanoTime() - start) / 1e9;
                cpu = usage.stop();
                expectedAnswers = warmup.created().count() + measured.created().count();
            } finally {
                pool.shutdownNow();
            }
            try (PreparedStatement count = admin.prepareStatement("select count(*) from answer where tenant_id = ?")) {
                count.setString(1, InterviewBench.TENANT);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    storedAnswers = rows.getLong(1);
                }
            }
        }

        Latencies.Summary all = Latencies.summarize(List.of(measured.all()));
        System.out.println();
        System.out.printf(Locale.ROOT, "PUT /api/v1/interviews/{id}/answers/{questionKey}: %d interviewers, %d "
                + "interviews each, think time %d ms, %.1f s measured, innodb_flush_log_at_trx_commit = %d%n",
                interviewers, perInterviewer, thinkMs, elapsed, flushLogAtCommit);
        System.out.printf(Locale.ROOT, "  all:               %s; %.0f requests/s (target: p99 under 50 ms)%n", all,
                all.count() / elapsed);
        System.out.printf("  first answers, 201: %s%n", Latencies.summarize(List.of(measured.created())));
        System.out.printf("  changes, 200:       %s%n", Latencies.summarize(List.of(measured.changed())));
        System.out.println("  CPU: " + cpu);
        System.out.printf("  answers stored: %d (201s answered: %d)%n", storedAnswers, expectedAnswers);
        if (storedAnswers != expectedAnswers) {
            throw new IllegalStateException("The database holds " + storedAnswers + " answers, the service created "
                    + expectedAnswers);
        }
    }

    /**
     * Participants, the campaign and the interviews (planned, prepared, started, consented); answers the guide's
     * questions, which every interview has.
     */
    private static List<Question> setUp(InterviewBench bench, int interviewers, int warmupPerInterviewer,
                                        int perInterviewer, Map<String, List<String>> warmup,
                                        Map<String, List<String>> measured) throws Exception {
        String hr = bench.token("hr-admin", "HR_ADMIN");
        int per = warmupPerInterviewer + perInterviewer;
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < interviewers; i++) {
            for (int k = 0; k < per; k++) {
                people.add(Map.of("externalId", subject(i, k), "name", "受访者" + i + "-" + k,
                        "department", "销售部", "employmentStatus", "ACTIVE"));
            }
        }
        for (int from = 0; from < people.size(); from += 1000) {
            bench.send(bench.request("/api/v1/participants/batch", bench.token("hris-sync", "INTEGRATION"))
                    .header("Content-Type", "application/json")
                    .POST(BenchHttp.json(Map.of("items", people.subList(from, Math.min(people.size(),
                            from + 1000))))).build(), 200);
        }
        JsonNode campaign = bench.sendForJson(bench.request("/api/v1/campaigns", hr)
                .header("Content-Type", "application/json")
                .POST(BenchHttp.json(Map.of("name", "基准测试访谈项目", "period", "2026-H1", "locale", "zh-CN",
                        "guides", List.of(Map.of("role", "SELF", "guideId", "guide.self"))))).build(), 201);
        String campaignId = campaign.get("id").asText();

        ExecutorService setup = Executors.newFixedThreadPool(8);
        try {
            Map<String, Future<List<String>>> planned = new LinkedHashMap<>();
            for (int i = 0; i < interviewers; i++) {
                int interviewer = i;
                planned.put(interviewer(i), setup.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int k = 0; k < per; k++) {
                        ids.add(interview(bench, hr, campaignId, interviewer, k));
                    }
                    return ids;
                }));
            }
            for (Map.Entry<String, Future<List<String>>> entry : planned.entrySet()) {
                List<String> ids = entry.getValue().get();
                warmup.put(entry.getKey(), ids.subList(0, warmupPerInterviewer));
                measured.put(entry.getKey(), ids.subList(warmupPerInterviewer, ids.size()));
            }
        } finally {
            setup.shutdownNow();
        }
        String first = measured.values().iterator().next().get(0);
        JsonNode page = bench.sendForJson(bench.request("/api/v1/interviews/" + first + "/questions?size=200",
                bench.token(interviewer(0), "INTERVIEWER")).GET().build(), 200);
        List<Question> questions = new ArrayList<>();
        for (JsonNode q : page.get("items")) {
            List<String> options = new ArrayList<>();
            if (q.hasNonNull("options")) {
                q.get("options").forEach(o -> options.add(o.get("value").asText()));
            }
            JsonNode scale = q.get("scale");
            questions.add(new Question(q.get("key").asText(), q.get("type").asText(), options,
                    scale == null ? 0 : scale.get("min").asInt(), scale == null ? 0 : scale.get("max").asInt()));
        }
        return questions;
    }

    /** Plans one interview and takes it to IN_PROGRESS with consent; answers its id. */
    private static String interview(InterviewBench bench, String hr, String campaignId, int interviewer, int k)
            throws Exception {
        String subject = subject(interviewer, k);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("campaignId", campaignId);
        plan.put("subjectExternalId", subject);
        plan.put("intervieweeExternalId", subject);
        plan.put("sourceRole", "SELF");
        plan.put("interviewerId", interviewer(interviewer));
        plan.put("scheduledAt", Instant.now().plus(1 + k, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        HttpResponse<String> created = bench.send(bench.request("/api/v1/interviews", hr)
                .header("Content-Type", "application/json").POST(BenchHttp.json(plan)).build(), 201);
        String id = InterviewBench.JSON.readTree(created.body()).get("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String token = bench.token(interviewer(interviewer), "INTERVIEWER");
        for (String step : List.of("prepare", "start")) {
            etag = bench.send(bench.request("/api/v1/interviews/" + id + "/" + step, token).header("If-Match", etag)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), 200).headers().firstValue("ETag").orElseThrow();
        }
        bench.send(bench.request("/api/v1/interviews/" + id + "/consent", token)
                .header("Content-Type", "application/json")
                .PUT(BenchHttp.json(Map.of("locale", "zh-CN", "agreed", true))).build(), 201);
        return id;
    }

    /** Every interviewer records answers in its interviews, in turn, for {@code seconds}. */
    private static Outcome record(InterviewBench bench, ExecutorService pool, Map<String, List<String>> interviews,
                                  List<Question> questions, int seconds, long thinkMs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Outcome>> running = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : interviews.entrySet()) {
            String token = bench.token(entry.getKey(), "INTERVIEWER");
            List<String> ids = entry.getValue();
            running.add(pool.submit(() -> {
                Outcome outcome = new Outcome(new Latencies(), new Latencies(), new Latencies());
                Map<String, String> etags = new HashMap<>();
                Random random = new Random(token.hashCode());
                if (thinkMs > 0) {
                    // Interviewers do not answer in step: each starts at a random point of its first pause.
                    Thread.sleep(random.nextLong(thinkMs));
                }
                for (long n = 0; System.nanoTime() < deadline; n++) {
                    String id = ids.get((int) ((n / questions.size()) % ids.size()));
                    Question question = questions.get((int) (n % questions.size()));
                    int pass = (int) (n / ((long) questions.size() * ids.size()));
                    String answerKey = id + "/" + question.key();
                    String etag = etags.get(answerKey);
                    HttpRequest.Builder request = bench.request("/api/v1/interviews/" + id + "/answers/"
                                    + question.key(), token).header("Content-Type", "application/json")
                            .PUT(BenchHttp.json(answer(question, pass)));
                    if (etag != null) {
                        request.header("If-Match", etag);
                    }
                    HttpRequest built = request.build();
                    long start = System.nanoTime();
                    HttpResponse<String> response = bench.send(built, etag == null ? 201 : 200);
                    long took = System.nanoTime() - start;
                    outcome.all().add(took);
                    (etag == null ? outcome.created() : outcome.changed()).add(took);
                    etags.put(answerKey, response.headers().firstValue("ETag").orElseThrow());
                    if (thinkMs > 0) {
                        Thread.sleep(random.nextLong(2 * thinkMs));
                    }
                }
                return outcome;
            }));
        }
        Outcome total = new Outcome(new Latencies(), new Latencies(), new Latencies());
        for (Future<Outcome> thread : running) {
            Outcome outcome = thread.get();
            total.all().addAll(outcome.all());
            total.created().addAll(outcome.created());
            total.changed().addAll(outcome.changed());
        }
        return total;
    }

    /** A valid answer to the question, different on every pass. */
    static Map<String, Object> answer(Question question, int pass) {
        Map<String, Object> answer = new LinkedHashMap<>();
        switch (question.type()) {
            case "OPEN" -> answer.put("text", "第" + (pass + 1) + "次记录:目标基本清楚,但季度指标拆解到个人时沟通不够充分,"
                    + "希望上级能提前说明考核口径,并在季度中间给一次反馈。");
            case "SCALE" -> answer.put("scaleValue", question.scaleMin()
                    + pass % (question.scaleMax() - question.scaleMin() + 1));
            case "SINGLE_CHOICE" -> answer.put("choices", List.of(question.options().get(pass
                    % question.options().size())));
            case "MULTI_CHOICE" -> answer.put("choices", question.options().size() == 1 ? question.options()
                    : List.of(question.options().get(pass % question.options().size()),
                    question.options().get((pass + 1) % question.options().size())));
            default -> throw new IllegalStateException("A question of type " + question.type());
        }
        if (pass % 2 == 1) {
            answer.put("comment", "补充说明:第" + pass + "次修改。");
        }
        answer.put("vague", pass % 5 == 4);
        answer.put("stance", List.of("POSITIVE", "NEUTRAL", "NEGATIVE").get(pass % 3));
        return answer;
    }

    static String interviewer(int i) {
        return String.format(Locale.ROOT, "interviewer-%02d", i);
    }

    private static String subject(int interviewer, int k) {
        return String.format(Locale.ROOT, "S%02d-%02d", interviewer, k);
    }
}
