package io.pmi.questionbank.benchmark;

import io.pmi.testsupport.bench.BenchEnvironment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/questions/{id}} under concurrent load against a raw JDBC primary-key select of the same data
 * through the same driver, on the same database, at the same concurrency, in one run. Not a test: run it with
 * <pre>./mvnw -q -B -ntp install -DskipTests
 * ./mvnw -q -pl question-bank-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.pmi.questionbank.benchmark.GetByIdBenchmark</pre>
 * and record the figures in docs/benchmarks.md. Target: the HTTP throughput is at least 50% of the JDBC one.
 *
 * <p>Both sides read the 49 questions of the built-in library in turn, in the same order. The JDBC side runs N
 * threads in this JVM, each with its own connection and prepared statement: the very SQL the service reads a
 * question and its current content with (taken from the server's general log, the question id turned back into a
 * parameter), reading every column. The HTTP side is wrk with N connections, a bearer token and {@code --latency}.
 * Each side gets a warm-up, then the same measured duration. The service answers repeated reads from its read cache
 * after a revision lookup; {@code -Dbench.serviceOpts=-Dpmi.question-bank.read-cache-max-mb=0} measures full reads.
 *
 * <p>Options (system properties): {@code bench.connections} (comma-separated N, default 16,64), {@code bench.rounds}
 * (JDBC then HTTP, this many times per N; the medians are reported too; default 3), {@code bench.seconds}
 * (measured, default 30), {@code bench.warmup} (seconds per side before each measurement, default 10),
 * {@code bench.firstWarmup} (seconds of HTTP load, and a third of that of JDBC, once at the start, default 120: the
 * service's JIT takes over a minute on two busy cores to level off), {@code bench.wrkCpus} (taskset CPU list for wrk, default 1; empty: not
 * pinned), {@code bench.wrkThreads} (default: one per CPU wrk may use), {@code bench.profile} (true: run the
 * service under Java Flight Recorder, keep the part of the recording of each measured HTTP phase in target/ and
 * print where the service's CPU goes, see {@link JfrProfile}; JFR costs throughput, so not for the headline
 * figures),
 * and those of {@link QuestionBankBench}
 * ({@code bench.serviceCpus}, {@code bench.dbCpus}, {@code bench.serviceOpts}).
 */
public final class GetByIdBenchmark {

    private GetByIdBenchmark() {
    }

    record Result(String side, int connections, double seconds, long requests, double perSecond, double p50Ms,
                  double p99Ms, Map<String, Double> cpuMsPerKiloRequest, double machineBusy, double steal,
                  Map<String, Double> statementsPerRequest) {
    }

    /** What is sampled around a measured phase: CPU ticks per process, machine-wide CPU, server statements. */
    record Snapshot(Map<String, Long> processTicks, long[] machine, Map<String, Long> server) {

        static Snapshot take(QuestionBankBench env, Map<String, Long> processes) {
            return processes.isEmpty() ? null : new Snapshot(cpuTimes(processes), machineTicks(), serverStatus(env));
        }
    }

    static final List<String> STATUS = List.of("Questions", "Com_select", "Com_set_option", "Com_commit",
            "Com_rollback", "Com_stmt_prepare", "Com_stmt_execute", "Com_admin_commands");

    public static void main(String[] args) throws Exception {
        List<Integer> connections = Arrays.stream(System.getProperty("bench.connections", "16,64").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int seconds = Integer.getInteger("bench.seconds", 30);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int firstWarmup = Integer.getInteger("bench.firstWarmup", 120);
        String wrkCpus = System.getProperty("bench.wrkCpus", "1");
        boolean profile = Boolean.getBoolean("bench.profile");
        int rounds = Integer.getInteger("bench.rounds", 3);
        if (!BenchEnvironment.onPath("wrk")) {
            throw new IllegalStateException("wrk is not installed (Debian: apt-get install -y wrk)");
        }
        if (!wrkCpus.isBlank() && !BenchEnvironment.onPath("taskset")) {
            throw new IllegalStateException("taskset is not installed (util-linux); or run with -Dbench.wrkCpus=");
        }
        int wrkThreads = Integer.getInteger("bench.wrkThreads", wrkCpus.isBlank()
                ? Runtime.getRuntime().availableProcessors() : cpuCount(wrkCpus));

        if (profile) {
            // Recording from the start: JFR started later by jcmd instruments classes at run time, which throws away
            // the JIT's work and slows the service down for minutes. Only execution samples, every 10 ms: JFR's own
            // "profile" settings (allocation samples, socket events, ...) double the service's CPU per request.
            // Each measured phase is dumped from this recording.
            Path settings = QuestionBankBench.targetDir().resolve("bench-execution-samples.jfc");
            Files.writeString(settings, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <configuration version="2.0" label="execution samples">
                      <event name="jdk.ExecutionSample">
                        <setting name="enabled">true</setting>
                        <setting name="period">10 ms</setting>
                      </event>
                    </configuration>
                    """);
            System.setProperty("bench.serviceOpts", System.getProperty("bench.serviceOpts", "")
                    + " -XX:StartFlightRecording=name=bench,settings=" + settings + ",maxage=30m");
        }
        try (QuestionBankBench env = QuestionBankBench.start()) {
            List<String> ids = libraryIds(env);
            String sql = serviceSql(env, ids.get(0));
            Path script = writeWrkScript(env.runDir(), ids);
            long dbPid = Long.parseLong(Files.readString(env.runDir().resolve("mariadb/mariadbd.pid")).trim());
            Map<String, Long> httpProcesses = new LinkedHashMap<>();
            httpProcesses.put("service", env.servicePid());
            httpProcesses.put("mariadbd", dbPid);
            httpProcesses.put("bench-jvm", ProcessHandle.current().pid());
            Map<String, Long> jdbcProcesses = new LinkedHashMap<>();
            jdbcProcesses.put("jdbc-client-jvm", ProcessHandle.current().pid());
            jdbcProcesses.put("mariadbd", dbPid);

            // The service's JIT needs a minute or more on two busy cores before its throughput levels off.
            BenchEnvironment.log("First warm-up: %d s JDBC, %d s HTTP", firstWarmup / 3, firstWarmup);
            jdbc(env, sql, ids, connections.get(0), firstWarmup / 3, Map.of());
            wrk(env, script, connections.get(0), wrkThreads, wrkCpus, firstWarmup, Map.of());

            List<Result[]> results = new ArrayList<>();
            List<Path> profiles = new ArrayList<>();
            for (int n : connections) {
                for (int round = 1; round <= rounds; round++) {
                    BenchEnvironment.log("N = %d, round %d/%d: JDBC warm-up %d s, measure %d s", n, round, rounds,
                            warmup, seconds);
                    jdbc(env, sql, ids, n, warmup, Map.of());
                    Result jdbc = jdbc(env, sql, ids, n, seconds, jdbcProcesses);
                    print(jdbc);
                    BenchEnvironment.log("N = %d, round %d/%d: HTTP (wrk, %d thread(s)%s) warm-up %d s, measure %d s",
                            n, round, rounds, wrkThreads, wrkCpus.isBlank() ? "" : " on CPU " + wrkCpus, warmup,
                            seconds);
                    wrk(env, script, n, wrkThreads, wrkCpus, warmup, Map.of());
                    Path recording = QuestionBankBench.targetDir().resolve("bench-get-by-id-N" + n + "-" + round
                            + ".jfr");
                    LocalTime begin = LocalTime.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
                    Result http = wrk(env, script, n, wrkThreads, wrkCpus, seconds, httpProcesses);
                    if (profile) {
                        LocalTime end = LocalTime.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
                        jcmd(env, "JFR.dump", "name=bench", "begin=" + begin, "end=" + end, "filename=" + recording);
                        profiles.add(recording);
                    }
                    print(http);
                    results.add(new Result[] {jdbc, http});
                }
            }

            System.out.println();
            BenchEnvironment.log("Done.");
            for (Path recording : profiles) {
                JfrProfile.print(recording, "Where the service's CPU goes during " + recording.getFileName()
                        + " (kept in target/)");
            }
            System.out.println("CPU time per request (from /proc/<pid>/stat; 'other' is the rest of the machine's busy "
                    + "time: the kernel's loopback networking, 5 to 20 us here, plus any other program: much more "
                    + "means the run was disturbed), server statements per request (SHOW GLOBAL STATUS):");
            for (Result[] pair : results) {
                for (Result r : pair) {
                    System.out.printf(Locale.ROOT, "%4d %s | %s | machine %.0f%% busy, %.1f%% stolen | %s%n",
                            r.connections(), r.side(), format(r.cpuMsPerKiloRequest(), " us"), 100 * r.machineBusy(),
                            100 * r.steal(), format(r.statementsPerRequest(), ""));
                }
            }
            System.out.println();
            System.out.printf("GET /api/v1/questions/{id} vs raw JDBC, %d s each after warm-up, %d round(s), wrk %s, "
                            + "service %s, mariadbd %s%n", seconds, rounds,
                    wrkCpus.isBlank() ? "not pinned" : "on CPU " + wrkCpus, cpus("bench.serviceCpus"),
                    cpus("bench.dbCpus"));
            System.out.printf("%4s %6s | %12s %9s %9s | %12s %9s %9s | %6s%n", "N", "round", "JDBC req/s", "p50 ms",
                    "p99 ms", "HTTP req/s", "p50 ms", "p99 ms", "ratio");
            for (int n : connections) {
                List<Result[]> ofN = results.stream().filter(pair -> pair[0].connections() == n).toList();
                for (int round = 0; round < ofN.size(); round++) {
                    Result[] pair = ofN.get(round);
                    System.out.printf(Locale.ROOT, "%4d %6d | %12.0f %9.2f %9.2f | %12.0f %9.2f %9.2f | %5.1f%%%n",
                            n, round + 1, pair[0].perSecond(), pair[0].p50Ms(), pair[0].p99Ms(), pair[1].perSecond(),
                            pair[1].p50Ms(), pair[1].p99Ms(), 100 * pair[1].perSecond() / pair[0].perSecond());
                }
                if (ofN.size() > 1) {
                    System.out.printf(Locale.ROOT, "%4d %6s | %12.0f %9.2f %9.2f | %12.0f %9.2f %9.2f | %5.1f%%%n",
                            n, "median", median(ofN, 0, Result::perSecond), median(ofN, 0, Result::p50Ms),
                            median(ofN, 0, Result::p99Ms), median(ofN, 1, Result::perSecond),
                            median(ofN, 1, Result::p50Ms), median(ofN, 1, Result::p99Ms),
                            100 * median(ofN, 1, Result::perSecond) / median(ofN, 0, Result::perSecond));
                }
            }
        }
    }

    private static double median(List<Result[]> pairs, int side, java.util.function.ToDoubleFunction<Result> value) {
        double[] values = pairs.stream().mapToDouble(pair -> value.applyAsDouble(pair[side])).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** N threads, each with its own connection and statement, reading the questions in turn for {@code seconds}. */
    static Result jdbc(QuestionBankBench env, String sql, List<String> ids, int threads, int seconds, Map<String, Long> watch)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        Throwable[] failure = new Throwable[1];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                long[] own = new long[1 << 16];
                int count = 0;
                try (Connection connection = env.connect();
                     PreparedStatement select = connection.prepareStatement(sql)) {
                    int next = index;
                    ready.countDown();
                    go.await();
                    while (!stop.get()) {
                        select.setString(1, ids.get(next++ % ids.size()));
                        long start = System.nanoTime();
                        try (ResultSet row = select.executeQuery()) {
                            if (!row.next()) {
                                throw new IllegalStateException("no row");
                            }
                            int columns = row.getMetaData().getColumnCount();
                            for (int c = 1; c <= columns; c++) {
                                row.getString(c);
                            }
                        }
                        long took = System.nanoTime() - start;
                        if (count == own.length) {
                            own = Arrays.copyOf(own, own.length * 2);
                        }
                        own[count++] = took;
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        failure[0] = e;
                    }
                    ready.countDown();
                }
                latencies[index] = own;
                counts[index] = count;
            }, "jdbc-" + t);
            workers.add(worker);
            worker.start();
        }
        ready.await();
        Snapshot before = Snapshot.take(env, watch);
        long start = System.nanoTime();
        go.countDown();
        TimeUnit.SECONDS.sleep(seconds);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Snapshot after = Snapshot.take(env, watch);
        if (failure[0] != null) {
            throw new IllegalStateException("A JDBC worker failed", failure[0]);
        }
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return result("JDBC", threads, elapsed, total, total / elapsed, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, before, after);
    }

    /** wrk with N connections for {@code seconds}, pinned with taskset unless {@code cpus} is empty. */
    static Result wrk(QuestionBankBench env, Path script, int connections, int threads, String cpus, int seconds,
                      Map<String, Long> watch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (!cpus.isBlank()) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of("wrk", "-t" + Math.min(threads, connections), "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s", "-s", script.toString(),
                "-H", "Authorization: Bearer " + env.token(), env.baseUrl()));
        Snapshot before = Snapshot.take(env, watch);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread stopper = new Thread(wrk::destroy, "wrk-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        // wrk's own CPU time, read every 200 ms while it runs (its /proc entry goes when it exits)
        long[] wrkTicks = new long[1];
        Thread poller = new Thread(() -> {
            while (wrk.isAlive()) {
                long ticks = cpuTimes(Map.of("wrk", wrk.pid())).get("wrk");
                if (ticks > 0) {
                    wrkTicks[0] = ticks;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "wrk-cpu");
        poller.setDaemon(true);
        poller.start();
        String output;
        try {
            output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            poller.join();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs
            }
        }
        Snapshot after = Snapshot.take(env, watch);
        if (after != null) {
            before.processTicks().put("wrk", 0L);
            after.processTicks().put("wrk", wrkTicks[0]);
        }
        if (output.contains("Non-2xx") || output.contains("Socket errors")) {
            throw new IllegalStateException("wrk saw errors:\n" + output);
        }
        long requests = Long.parseLong(find(output, "(\\d+) requests in"));
        double perSecond = Double.parseDouble(find(output, "Requests/sec:\\s+([\\d.]+)"));
        return result("HTTP", connections, seconds, requests, perSecond,
                millis(find(output, "\\s50%\\s+([\\d.]+\\w+)")), millis(find(output, "\\s99%\\s+([\\d.]+\\w+)")),
                before, after);
    }

    /** Runs a diagnostic command of the JDK in the service's JVM. */
    private static void jcmd(QuestionBankBench env, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(env.servicePid())));
        line.addAll(List.of(command));
        BenchEnvironment.run(line);
    }

    private static List<String> libraryIds(QuestionBankBench env) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = env.connect();
             PreparedStatement select = connection.prepareStatement(
                     "select id from question where tenant_id = '_library' order by id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("The library holds no questions");
        }
        return ids;
    }

    /**
     * Requests one question the service has not read yet and returns the statement it read the question and its
     * content with (the last of a cold read; the one before only looks the revision up), the id as a parameter:
     * what the JDBC side runs.
     */
    private static String serviceSql(QuestionBankBench env, String id) throws Exception {
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        List<String> statements;
        try (Connection admin = env.connect()) {
            statements = ListQueryBenchmark.capture(admin, () -> response.set(HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(env.baseUrl() + "/api/v1/questions/" + id))
                            .header("Authorization", "Bearer " + env.token()).build(),
                    HttpResponse.BodyHandlers.ofString())));
        }
        if (response.get().statusCode() != 200) {
            throw new IllegalStateException("GET " + id + " answered " + response.get().statusCode() + ": "
                    + response.get().body());
        }
        String read = statements.isEmpty() ? "" : statements.get(statements.size() - 1);
        if (!read.contains("'" + id + "'") || !read.contains("question_version")) {
            throw new IllegalStateException("Expected a select of " + id + " with its content, the service sent "
                    + statements);
        }
        String sql = read.replace("'" + id + "'", "?");
        BenchEnvironment.log("GET /api/v1/questions/%s: 200, %d bytes of JSON, read with: %s", id,
                response.get().body().getBytes(StandardCharsets.UTF_8).length, sql.replaceAll("\\s+", " "));
        return sql;
    }

    /** A wrk script requesting the questions in turn (each wrk thread keeps its own counter). */
    private static Path writeWrkScript(Path dir, List<String> ids) throws IOException {
        StringBuilder lua = new StringBuilder("local ids = {");
        for (int i = 0; i < ids.size(); i++) {
            lua.append(i == 0 ? "" : ", ").append('"').append(ids.get(i)).append('"');
        }
        lua.append("}\n")
                .append("local requests = {}\n")
                .append("local n = 0\n")
                // wrk.format needs the Host header, which wrk sets just before it calls init
                .append("function init(args)\n")
                .append("  for i, id in ipairs(ids) do requests[i] = wrk.format(\"GET\", \"/api/v1/questions/\" .. id) end\n")
                .append("end\n")
                .append("function request()\n  n = n + 1\n  return requests[(n % #requests) + 1]\nend\n");
        Path script = dir.resolve("get-by-id.lua");
        Files.writeString(script, lua.toString());
        return script;
    }

    /** utime + stime of each process, in clock ticks (1/100 s on Linux). */
    static Map<String, Long> cpuTimes(Map<String, Long> processes) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach((name, pid) -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[0] is field 3 (state); utime and stime are fields 14 and 15
                ticks.put(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException e) {
                ticks.put(name, 0L);
            }
        });
        return ticks;
    }

    private static Result result(String side, int connections, double seconds, long requests, double perSecond,
                                 double p50Ms, double p99Ms, Snapshot before, Snapshot after) {
        Map<String, Double> perKilo = new LinkedHashMap<>();
        Map<String, Double> statements = new LinkedHashMap<>();
        double busy = Double.NaN;
        double steal = Double.NaN;
        if (before != null) {
            before.processTicks().forEach((name, ticks) -> perKilo.put(name,
                    (after.processTicks().get(name) - ticks) * 10.0 / (requests / 1000.0)));
            before.server().forEach((name, count) -> statements.put(name,
                    (after.server().get(name) - count) / (double) requests));
            long total = after.machine()[0] - before.machine()[0];
            long stolen = after.machine()[2] - before.machine()[2];
            long busyTicks = total - (after.machine()[1] - before.machine()[1]) - stolen;
            busy = total == 0 ? Double.NaN : busyTicks / (double) total;
            steal = total == 0 ? Double.NaN : stolen / (double) total;
            // Machine-wide busy time not spent by the processes above: other programs (or, with the JDBC side,
            // nothing); more than a few percent means the measurement was disturbed.
            long ours = 0;
            for (String name : before.processTicks().keySet()) {
                ours += after.processTicks().get(name) - before.processTicks().get(name);
            }
            perKilo.put("other", Math.max(0, busyTicks - ours) * 10.0 / (requests / 1000.0));
        }
        return new Result(side, connections, seconds, requests, perSecond, p50Ms, p99Ms, perKilo, busy, steal,
                statements);
    }

    /** Total, idle (idle + iowait) and stolen (by the hypervisor) jiffies of all CPUs, from /proc/stat. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5]), steal};
        } catch (IOException e) {
            return new long[] {0, 0, 0};
        }
    }

    /** The server's statement counters (SHOW GLOBAL STATUS). */
    static Map<String, Long> serverStatus(QuestionBankBench env) {
        Map<String, Long> status = new LinkedHashMap<>();
        try (Connection connection = env.connect();
             ResultSet rows = connection.createStatement().executeQuery("show global status")) {
            while (rows.next()) {
                if (STATUS.contains(rows.getString(1))) {
                    status.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return status;
    }

    private static String format(Map<String, Double> values, String unit) {
        StringBuilder text = new StringBuilder();
        values.forEach((name, value) -> text.append(String.format(Locale.ROOT, "%s %.2f%s  ", name, value, unit)));
        return text.toString().trim();
    }

    private static void print(Result result) {
        System.out.printf(Locale.ROOT, "[bench]   %-4s N=%-3d %9d requests in %.1f s: %.0f req/s, p50 %.2f ms, "
                        + "p99 %.2f ms%n", result.side(), result.connections(), result.requests(), result.seconds(),
                result.perSecond(), result.p50Ms(), result.p99Ms());
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No '" + regex + "' in:\n" + text);
        }
        return matcher.group(1);
    }

    private static double millis(String wrkTime) {
        Matcher m = Pattern.compile("([\\d.]+)(us|ms|s|m)").matcher(wrkTime);
        if (!m.matches()) {
            throw new IllegalStateException("Unknown wrk time " + wrkTime);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static int cpuCount(String cpus) {
        int count = 0;
        for (String part : cpus.split(",")) {
            String[] range = part.trim().split("-");
            count += range.length == 1 ? 1 : Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
        }
        return count;
    }

    private static String cpus(String property) {
        String value = System.getProperty(property, "");
        return value.isBlank() ? "not pinned" : "on CPU " + value;
    }
}
