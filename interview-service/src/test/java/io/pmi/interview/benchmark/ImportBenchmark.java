package io.pmi.interview.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.bench.BenchEnvironment;
import io.pmi.testsupport.bench.CpuUsage;
import io.pmi.testsupport.bench.Latencies;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An HRIS sync through the batch endpoints: 50,000 participants ({@code POST /api/v1/participants/batch}), then
 * 200,000 performance records ({@code POST /api/v1/performance-records/batch}), 1,000 rows a batch, as INTEGRATION.
 * Target: under 60 s in all, rows per second stated. Not a test: run it as docs/benchmarks.md says and record the
 * figures there.
 *
 * <p>Participant {@code i} is {@code E000i} in a reporting tree of fan-out 8 (its manager is {@code (i - 1) / 8}),
 * in one of 40 departments, mostly ACTIVE; each has four records: two periods (2026-H1, 2025-H2) of a KPI (target,
 * actual, unit) and a qualitative indicator (a rating). All bodies are made before the clock starts. First a smaller
 * sync of another tenant warms the service's JIT up, then the measured sync into an empty tenant (every row an
 * insert), then, optionally, the same sync again (every row unchanged: what a nightly full sync mostly is). The
 * stored rows are counted by JDBC afterwards.
 *
 * <p>Options (system properties): {@code bench.participants} (default 50000), {@code bench.recordsPerParticipant}
 * (default 4, at most 4), {@code bench.batch} (rows per request, default 1000), {@code bench.clients} (batches sent
 * at once, default 1: one integration sending batch after batch), {@code bench.warmupParticipants} (default 10000,
 * 0: no warm-up), {@code bench.resync} (default true), {@code bench.flushLogAtCommit} (innodb_flush_log_at_trx_commit
 * for the run, default 1: every commit durable, as in production; the embedded test server starts with 2), and those
 * of {@link InterviewBench}.
 */
public final class ImportBenchmark {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"芳", "伟", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟",
            "涛", "明", "超", "秀英", "建华", "志强", "海燕", "晓东", "丽华", "文博", "子涵", "雨桐"};
    private static final String[] POSITIONS = {"销售经理", "客户代表", "软件工程师", "产品经理", "财务主管", "人事专员",
            "运营专员", "采购员", "质量工程师", "区域总监"};
    private static final String[] PERIODS = {"2026-H1", "2025-H2"};

    record Phase(String name, int rows, int batches, double seconds, Latencies.Summary batchLatency,
                 Map<String, Integer> outcome) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int participants = Integer.getInteger("bench.participants", 50_000);
        int perParticipant = Math.min(4, Integer.getInteger("bench.recordsPerParticipant", 4));
        int batch = Integer.getInteger("bench.batch", 1000);
        int clients = Integer.getInteger("bench.clients", 1);
        int warmupParticipants = Integer.getInteger("bench.warmupParticipants", 10_000);
        boolean resync = Boolean.parseBoolean(System.getProperty("bench.resync", "true"));
        int flushLogAtCommit = Integer.getInteger("bench.flushLogAtCommit", 1);

        List<byte[]> participantBodies = participantBatches(participants, batch);
        List<byte[]> recordBodies = recordBatches(participants, perParticipant, batch);
        List<Phase> phases = new ArrayList<>();
        String cpu;
        String cpuResync = null;
        long stored;
        long storedRecords;
        try (InterviewBench bench = InterviewBench.start(false);
             Connection admin = bench.connect("")) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("set global innodb_flush_log_at_trx_commit = " + flushLogAtCommit);
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                if (warmupParticipants > 0) {
                    String tenant = InterviewBench.TENANT + "-warmup";
                    BenchEnvironment.log("Warm-up: %d participants and %d records into tenant '%s'",
                            warmupParticipants, warmupParticipants * perParticipant, tenant);
                    String token = bench.token(tenant, "hris-sync", "INTEGRATION");
                    run(bench, pool, token, "/api/v1/participants/batch", "warm-up participants",
                            participantBatches(warmupParticipants, batch), warmupParticipants);
                    run(bench, pool, token, "/api/v1/performance-records/batch", "warm-up records",
                            recordBatches(warmupParticipants, perParticipant, batch),
                            warmupParticipants * perParticipant);
                }
                String token = bench.token("hris-sync", "INTEGRATION");
                BenchEnvironment.log("Measured sync: %d participants, %d records, %d rows a batch, %d client(s); "
                        + "load average %s", participants, participants * perParticipant, batch, clients,
                        CpuUsage.loadAverage());
                CpuUsage usage = CpuUsage.start(bench.processes());
                phases.add(run(bench, pool, token, "/api/v1/participants/batch", "participants", participantBodies,
                        participants));
                phases.add(run(bench, pool, token, "/api/v1/performance-records/batch", "performance records",
                        recordBodies, participants * perParticipant));
                cpu = usage.stop();
                stored = count(admin, "participant");
                storedRecords = count(admin, "performance_record");
                if (resync) {
                    BenchEnvironment.log("The same sync again (every row unchanged); load average %s",
                            CpuUsage.loadAverage());
                    usage = CpuUsage.start(bench.processes());
                    phases.add(run(bench, pool, token, "/api/v1/participants/batch", "participants, unchanged",
                            participantBodies, participants));
                    phases.add(run(bench, pool, token, "/api/v1/performance-records/batch",
                            "performance records, unchanged", recordBodies, participants * perParticipant));
                    cpuResync = usage.stop();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        System.out.println();
        System.out.printf("Batch import, tenant '%s', %d rows a batch, %d client(s), innodb_flush_log_at_trx_commit"
                + " = %d%n", InterviewBench.TENANT, batch, clients, flushLogAtCommit);
        System.out.printf("%-32s %8s %8s %9s %10s %12s %12s  %s%n", "phase", "rows", "batches", "seconds", "rows/s",
                "batch p50", "batch max", "outcome");
        for (Phase p : phases) {
            System.out.printf(Locale.ROOT, "%-32s %8d %8d %9.1f %10.0f %9.0f ms %9.0f ms  %s%n", p.name(), p.rows(),
                    p.batches(), p.seconds(), p.rowsPerSecond(), p.batchLatency().p50(), p.batchLatency().max(),
                    p.outcome());
        }
        double first = phases.get(0).seconds() + phases.get(1).seconds();
        int rows = phases.get(0).rows() + phases.get(1).rows();
        System.out.printf(Locale.ROOT, "First sync: %d rows in %.1f s, %.0f rows/s (target: under 60 s); stored: "
                + "%d participants, %d performance records%n", rows, first, rows / first, stored, storedRecords);
        System.out.println("CPU during the first sync: " + cpu);
        if (resync) {
            double again = phases.get(2).seconds() + phases.get(3).seconds();
            System.out.printf(Locale.ROOT, "Same sync again: %d rows in %.1f s, %.0f rows/s%n", rows, again,
                    rows / again);
            System.out.println("CPU during the second sync: " + cpuResync);
        }
        if (stored != participants || storedRecords != (long) participants * perParticipant) {
            throw new IllegalStateException("Stored " + stored + " participants and " + storedRecords
                    + " records, expected " + participants + " and " + participants * perParticipant);
        }
    }

    /** Sends the batches, {@code clients} at a time, and times the whole phase and each batch. */
    private static Phase run(InterviewBench bench, ExecutorService pool, String token, String path, String name,
                             List<byte[]> bodies, int rows) throws Exception {
        long start = System.nanoTime();
        List<Future<long[]>> sent = new ArrayList<>();
        for (byte[] body : bodies) {
            sent.add(pool.submit(() -> {
                HttpRequest request = bench.request(path, token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                long began = System.nanoTime();
                JsonNode result = bench.sendForJson(request, 200);
                return new long[] {System.nanoTime() - began, result.get("created").asLong(),
                        result.get("updated").asLong(), result.get("unchanged").asLong(),
                        result.get("erased").asLong()};
            }));
        }
        Latencies latencies = new Latencies();
        long[] outcome = new long[4];
        for (Future<long[]> batch : sent) {
            long[] result = batch.get();
            latencies.add(result[0]);
            for (int i = 0; i < 4; i++) {
                outcome[i] += result[i + 1];
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("created", (int) outcome[0]);
        counts.put("updated", (int) outcome[1]);
        counts.put("unchanged", (int) outcome[2]);
        counts.put("erased", (int) outcome[3]);
        Phase phase = new Phase(name, rows, bodies.size(), seconds, Latencies.summarize(List.of(latencies)), counts);
        BenchEnvironment.log(String.format(Locale.ROOT, "  %s: %d rows in %.1f s (%.0f rows/s), %s", name, rows,
                seconds, phase.rowsPerSecond(), counts));
        return phase;
    }

    static String externalId(int i) {
        return String.format(Locale.ROOT, "E%06d", i);
    }

    private static List<byte[]> participantBatches(int participants, int batch) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < participants; from += batch) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = from; i < Math.min(participants, from + batch); i++) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("externalId", externalId(i));
                item.put("name", SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length]);
                item.put("email", "e" + i + "@example.com");
                item.put("department", "部门" + (i % 40 + 1));
                item.put("position", POSITIONS[i % POSITIONS.length]);
                if (i > 0) {
                    item.put("managerExternalId", externalId((i - 1) / 8));
                }
                item.put("employmentStatus", i % 50 == 0 ? "ON_LEAVE" : "ACTIVE");
                items.add(item);
            }
            bodies.add(InterviewBench.JSON.writeValueAsBytes(Map.of("items", items)));
        }
        return bodies;
    }

    private static List<byte[]> recordBatches(int participants, int perParticipant, int batch) throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            for (int r = 0; r < perParticipant; r++) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("participantExternalId", externalId(i));
                item.put("period", PERIODS[r / 2]);
                if (r % 2 == 0) {
                    item.put("indicator", "销售额");
                    item.put("kind", "KPI");
                    item.put("target", 100 + i % 50);
                    item.put("actual", 60 + (i * 7 + r) % 80 + 0.25);
                    item.put("unit", "万元");
                    item.put("direction", "HIGHER_IS_BETTER");
                } else {
                    item.put("indicator", "客户满意度");
                    item.put("kind", "QUALITATIVE");
                    item.put("rating", new String[] {"A", "B+", "B", "C"}[(i + r) % 4]);
                }
                all.add(item);
            }
        }
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < all.size(); from += batch) {
            bodies.add(InterviewBench.JSON.writeValueAsBytes(Map.of("items",
                    all.subList(from, Math.min(all.size(), from + batch)))));
        }
        return bodies;
    }

    private static long count(Connection admin, String table) throws SQLException {
        try (PreparedStatement select = admin.prepareStatement("select count(*) from " + table
                + " where tenant_id = ?")) {
            select.setString(1, InterviewBench.TENANT);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
