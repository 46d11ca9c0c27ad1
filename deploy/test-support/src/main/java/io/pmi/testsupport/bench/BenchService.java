package io.pmi.testsupport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One packaged service started by a {@link BenchEnvironment} as a process of its own: its address, pid and log.
 * {@link Spec} says which service and how to run it.
 */
public final class BenchService {

    /**
     * What to start: the service's name (for logs and pid files), its module's {@code target} directory (the jar is
     * {@code target/quarkus-app/quarkus-run.jar}), the database it owns on the environment's server, and anything
     * beyond the local run's configuration: environment variables, JVM options, a taskset CPU list, extra properties
     * on its JDBC URL.
     */
    public static final class Spec {
        private final String name;
        private final Path moduleTarget;
        private final String database;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private String cpus = "";
        private String jdbcProperties = "";

        private Spec(String name, Path moduleTarget, String database) {
            this.name = name;
            this.moduleTarget = moduleTarget;
            this.database = database;
        }

        public static Spec of(String name, Path moduleTarget, String database) {
            return new Spec(name, moduleTarget, database);
        }

        public Spec env(String variable, String value) {
            environment.put(variable, value);
            return this;
        }

        public Spec jvm(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        public Spec cpus(String cpuList) {
            cpus = cpuList == null ? "" : cpuList.trim();
            return this;
        }

        public Spec jdbcProperties(String properties) {
            jdbcProperties = properties == null ? "" : properties.trim();
            return this;
        }

        /**
         * The options a person running a benchmark gives for the service under test: {@code bench.serviceOpts}
         * (JVM options, space-separated), {@code bench.serviceCpus} (taskset CPU list) and
         * {@code bench.serviceJdbcProperties} (appended to its JDBC URL, to try driver settings).
         */
        public Spec withBenchOptions() {
            String opts = System.getProperty("bench.serviceOpts", "").trim();
            if (!opts.isEmpty()) {
                jvm(opts.split("\\s+"));
            }
            String serviceCpus = System.getProperty("bench.serviceCpus", "");
            if (!serviceCpus.isBlank()) {
                cpus(serviceCpus);
            }
            String properties = System.getProperty("bench.serviceJdbcProperties", "");
            if (!properties.isBlank()) {
                jdbcProperties(properties);
            }
            return this;
        }

        public String name() {
            return name;
        }

        public String database() {
            return database;
        }

        Path jar() {
            return moduleTarget.resolve("quarkus-app").resolve("quarkus-run.jar");
        }

        Map<String, String> environment() {
            return environment;
        }

        List<String> jvmOptions() {
            return jvmOptions;
        }

        String cpuList() {
            return cpus;
        }

        String jdbcPropertyList() {
            return jdbcProperties;
        }

        boolean exists() {
            return Files.exists(jar());
        }
    }

    private final Spec spec;
    private final Process process;
    private final int port;
    private final Path log;

    BenchService(Spec spec, Process process, int port, Path log) {
        this.spec = spec;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public String name() {
        return spec.name();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** The service's console output. */
    public Path log() {
        return log;
    }

    Process process() {
        return process;
    }
}
