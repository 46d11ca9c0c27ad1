package io.pmi.questionbank.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.testsupport.bench.BenchEnvironment;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/v1/questions} as one tenant's bank grows from 1,000 to 100,000 questions: for typical requests,
 * the SQL the service actually sends, MariaDB's plan for it (EXPLAIN, with the rows actually read from ANALYZE), its
 * time on the server and the HTTP response time. Not a test: run it with
 * <pre>./mvnw -q -B -ntp install -DskipTests
 * ./mvnw -q -pl question-bank-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.pmi.questionbank.benchmark.ListQueryBenchmark</pre>
 * and record the figures in docs/benchmarks.md.
 *
 * <p>The bank is made by {@link BankGenerator} (bulk JDBC inserts, the search index built by the service's own
 * code) in the tenant of the token, next to the 49 questions of the built-in library that every tenant reads. The
 * SQL is captured from the server's general log while the service answers one request of each kind, so it is
 * always what the current code generates, parameters included; it is then explained, analysed and timed as is.
 * HTTP times are the median (and the slowest) of sequential requests after warm-up requests.
 *
 * <p>Options (system properties): {@code bench.sizes} (default 1000,100000), {@code bench.runs} (measured requests
 * per case, default 15), {@code bench.warmup} (seconds of requests of every case before the first size is
 * measured, default 60: the service's JIT), {@code bench.bufferPool} (innodb_buffer_pool_size set for the run, default 2G: the data
 * set is about 3 GB at 100k and a production server would not serve it from the embedded default of 128 MB),
 * {@code bench.hold} (true: keep the service and the database up at the end, to look at them by hand),
 * {@code bench.cases} (the names of the cases to measure, comma-separated, default all), {@code bench.otherTenants}
 * (tenants besides {@code bench} whose banks are loaded first, {@code bench.otherSize} questions each, default 0 and
 * 1000: what a tenant's list costs in a database shared with others), {@code bench.oldRoleIndex} (true: also time
 * the role count on the index question_role had before migration V7) and those of {@link QuestionBankBench}.
 */
public final class ListQueryBenchmark {

    record Case(String name, String query) {
    }

    static final List<Case> CASES = List.of(
            new Case("no filter", ""),
            new Case("dimension + status", "dimension=FEEDBACK&status=ACTIVE"),
            new Case("role", "role=PEER"),
            new Case("q 反馈 (common)", "q=反馈"),
            new Case("q 正式沟通 (rarer)", "q=正式沟通"),
            new Case("q feedback (English)", "q=feedback"),
            new Case("q 反馈 + dimension", "q=反馈&dimension=FEEDBACK"));

    record SqlTiming(String sql, double medianMs, List<String> plan) {
    }

    record Measured(Case kase, int bank, long total, double medianMs, double maxMs, List<SqlTiming> statements) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ListQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,100000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int runs = Integer.getInteger("bench.runs", 15);
        int warmupSeconds = Integer.getInteger("bench.warmup", 60);
        String bufferPool = System.getProperty("bench.bufferPool", "2G");
        int otherTenants = Integer.getInteger("bench.otherTenants", 0);
        int otherSize = Integer.getInteger("bench.otherSize", 1000);
        List<String> only = Arrays.stream(System.getProperty("bench.cases", "").split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).toList();
        List<Case> cases = CASES.stream().filter(c -> only.isEmpty() || only.contains(c.name())).toList();
        List<Measured> results = new ArrayList<>();
        try (QuestionBankBench env = QuestionBankBench.start();
             Connection admin = env.connect()) {
            resizeBufferPool(admin, bytes(bufferPool));
            for (int t = 1; t <= otherTenants; t++) {
                String other = String.format(Locale.ROOT, "neighbour-%03d", t);
                try (Connection loader = env.connect("rewriteBatchedStatements=true")) {
                    new BankGenerator(admin, other).load(loader, 0, otherSize, 500);
                }
                if (t % 10 == 0 || t == otherTenants) {
                    BenchEnvironment.log("Loaded %d other tenants of %d questions each", t, otherSize);
                }
            }
            BankGenerator generator = new BankGenerator(admin, QuestionBankBench.TENANT);
            int loaded = 0;
            HttpClient http = HttpClient.newHttpClient();
            for (int size : sizes) {
                long started = System.nanoTime();
                long terms;
                try (Connection loader = env.connect("rewriteBatchedStatements=true")) {
                    terms = generator.load(loader, loaded, size, 500);
                }
                BenchEnvironment.log("Loaded questions %d..%d of tenant '%s' (%d bigram rows) in %.0f s", loaded,
                        size - 1, QuestionBankBench.TENANT, terms, (System.nanoTime() - started) / 1e9);
                loaded = size;
                try (Statement statement = admin.createStatement()) {
                    for (String table : List.of("question", "question_version", "question_role", "question_term",
                            "measure")) {
                        statement.execute("analyze table " + table);
                    }
                }
                BenchEnvironment.log("Bank of %d questions (+49 in the library): %s question_term rows", size,
                        scalar(admin, "select count(*) from question_term"));
                if (size == sizes.get(0)) {
                    warmUp(env, http, cases, warmupSeconds);
                }
                for (Case kase : cases) {
                    results.add(measure(env, admin, http, kase, size, runs));
                }
                if (Boolean.getBoolean("bench.oldRoleIndex")) {
                    oldRoleIndex(admin);
                }
            }
            if (Boolean.getBoolean("bench.hold")) {
                BenchEnvironment.log("Holding (Ctrl-C stops everything): %s, token %s, database: mariadb -h 127.0.0.1 "
                        + "-P %d -u root question_bank", env.baseUrl(), env.token(), env.databasePort());
                Thread.sleep(Long.MAX_VALUE);
            }
        }
        System.out.println();
        System.out.println("GET /api/v1/questions (page 0, size 20), tenant 'bench' + library" + (otherTenants == 0 ? ""
                : ", " + otherTenants + " other tenants of " + otherSize + " questions in the database") + "; HTTP "
                + "median (max) of " + runs + " sequential requests; SQL: server time of each statement (median of 5 "
                + "runs by JDBC)");
        System.out.printf("%-24s %8s %9s %19s %26s%n", "case", "bank", "total", "HTTP ms median(max)",
                "SQL ms (count/page/rest)");
        for (Measured m : results) {
            StringBuilder sql = new StringBuilder();
            for (SqlTiming s : m.statements()) {
                sql.append(sql.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f", s.medianMs()));
            }
            System.out.printf(Locale.ROOT, "%-24s %8d %9d %10.1f (%6.1f) %26s%n", m.kase().name(), m.bank(),
                    m.total(), m.medianMs(), m.maxMs(), sql);
        }
    }

    private static Measured measure(QuestionBankBench env, Connection admin, HttpClient http, Case kase, int bank,
                                    int runs) throws Exception {
        HttpRequest request = request(env, kase);
        List<String> sqls = capture(admin, () -> send(http, request));
        JsonNode page = send(http, request);
        for (int i = 0; i < 3; i++) {
            send(http, request);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            send(http, request);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        List<SqlTiming> statements = new ArrayList<>();
        for (String sql : sqls) {
            statements.add(new SqlTiming(sql, time(admin, sql), analyze(admin, sql)));
        }
        Measured measured = new Measured(kase, bank, page.get("total").asLong(), millis[runs / 2], millis[runs - 1],
                statements);
        print(measured);
        return measured;
    }

    /** Requests of every case in turn, so that the service's JIT has compiled the list path before it is timed. */
    private static void warmUp(QuestionBankBench env, HttpClient http, List<Case> cases, int seconds)
            throws Exception {
        BenchEnvironment.log("Warming the service up: every case in turn for %d s", seconds);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int requests = 0;
        while (System.nanoTime() < end) {
            for (Case kase : cases) {
                send(http, request(env, kase));
                requests++;
            }
        }
        BenchEnvironment.log("  %d requests", requests);
    }

    private static HttpRequest request(QuestionBankBench env, Case kase) {
        return HttpRequest.newBuilder(URI.create(env.baseUrl() + "/api/v1/questions"
                        + (kase.query().isEmpty() ? "" : "?" + encode(kase.query()))))
                .header("Authorization", "Bearer " + env.token()).build();
    }

    /** Sets innodb_buffer_pool_size and waits for the resize, which the server does in the background. */
    private static void resizeBufferPool(Connection admin, long bytes) throws Exception {
        try (Statement statement = admin.createStatement()) {
            statement.execute("set global innodb_buffer_pool_size = " + bytes);
        }
        for (int i = 0; i < 120 && Long.parseLong(scalar(admin, "select @@innodb_buffer_pool_size")) < bytes; i++) {
            Thread.sleep(500);
        }
        BenchEnvironment.log("innodb_buffer_pool_size = %s", scalar(admin, "select @@innodb_buffer_pool_size"));
    }

    /** The statements the service sends while {@code action} runs, from the server's general log. */
    static List<String> capture(Connection admin, ThrowingRunnable action) throws Exception {
        long own = Long.parseLong(scalar(admin, "select connection_id()"));
        try (Statement statement = admin.createStatement()) {
            statement.execute("set global log_output = 'TABLE'");
            statement.execute("truncate table mysql.general_log");
            statement.execute("set global general_log = 1");
            try {
                action.run();
            } finally {
                statement.execute("set global general_log = 0");
            }
            List<String> sqls = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select argument from mysql.general_log where "
                    + "command_type = 'Query' and thread_id <> " + own + " order by event_time")) {
                while (rows.next()) {
                    String sql = new String(rows.getBytes(1), StandardCharsets.UTF_8);
                    if (sql.trim().toLowerCase(Locale.ROOT).startsWith("select")) {
                        sqls.add(sql);
                    }
                }
            }
            statement.execute("truncate table mysql.general_log");
            return sqls;
        }
    }

    /** EXPLAIN's columns plus the rows actually read (r_rows), from MariaDB's ANALYZE, one line per table. */
    static List<String> analyze(Connection admin, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = admin.createStatement(); ResultSet rows = statement.executeQuery("analyze " + sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.put(meta.getColumnLabel(c), c);
            }
            lines.add(String.format("%-3s %-20s %-7s %-7s %-30s %8s %8s  %s", "id", "select_type", "table", "type",
                    "key", "rows", "r_rows", "Extra"));
            while (rows.next()) {
                lines.add(String.format("%-3s %-20s %-7s %-7s %-30s %8s %8s  %s", rows.getString(columns.get("id")),
                        rows.getString(columns.get("select_type")), rows.getString(columns.get("table")),
                        rows.getString(columns.get("type")), rows.getString(columns.get("key")),
                        rows.getString(columns.get("rows")), rows.getString(columns.get("r_rows")),
                        rows.getString(columns.get("Extra"))));
            }
        }
        return lines;
    }

    /** The server time of a statement: the median of 5 runs after one, reading every row. */
    static double time(Connection admin, String sql) throws SQLException {
        double[] millis = new double[5];
        for (int i = -1; i < millis.length; i++) {
            long start = System.nanoTime();
            try (Statement statement = admin.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[millis.length / 2];
    }

    /**
     * The role count as it was before migration V7: the statement without the tenant condition on question_role,
     * on the old index {@code (role, question_id)}, made for the comparison and dropped again.
     */
    private static void oldRoleIndex(Connection admin) throws SQLException {
        String sql = "select count(*) from question q where q.tenant_id in ('" + QuestionBankBench.TENANT
                + "', '_library') and exists (select 1 from question_role r force index (ix_question_role_role)"
                + " where r.question_id = q.id and r.role = 'PEER')";
        try (Statement statement = admin.createStatement()) {
            statement.execute("create index ix_question_role_role on question_role (role, question_id)");
            try {
                System.out.printf(Locale.ROOT, "%n=== role=PEER count on the old index: %.1f ms%n", time(admin, sql));
                analyze(admin, sql).forEach(line -> System.out.println("  " + line));
            } finally {
                statement.execute("drop index ix_question_role_role on question_role");
            }
        }
    }

    private static void print(Measured m) {
        System.out.printf(Locale.ROOT, "%n=== %s, bank of %d: total %d, HTTP median %.1f ms (max %.1f ms)%n",
                m.kase().name(), m.bank(), m.total(), m.medianMs(), m.maxMs());
        for (SqlTiming s : m.statements()) {
            System.out.printf(Locale.ROOT, "--- %.1f ms: %s%n", s.medianMs(), abbreviate(s.sql()));
            s.plan().forEach(line -> System.out.println("    " + line));
        }
        System.out.flush();
    }

    /** The SQL on one line; the long id lists of the current-versions query shortened. */
    static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        int ids = oneLine.indexOf("q1_0.id in ('");
        if (ids < 0 || oneLine.startsWith("select count")) {
            return oneLine;
        }
        int end = oneLine.indexOf(')', ids);
        long count = oneLine.substring(ids, end).chars().filter(c -> c == ',').count() + 1;
        return oneLine.substring(0, ids) + "q1_0.id in (" + count + " ids of the page, padded)"
                + oneLine.substring(end + 1);
    }

    private static JsonNode send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String query) {
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            encoded.append(encoded.length() == 0 ? "" : "&").append(kv[0]).append('=')
                    .append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
        }
        return encoded.toString();
    }

    static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = s.endsWith("G") ? 1L << 30 : s.endsWith("M") ? 1L << 20 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
