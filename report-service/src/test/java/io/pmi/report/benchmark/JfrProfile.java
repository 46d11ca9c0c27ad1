package io.pmi.report.benchmark;

import io.pmi.testsupport.bench.BenchService;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a service's CPU went, from the execution samples (every 10 ms) of a Java Flight Recorder recording: the
 * samples per thread kind, the methods most often on the stack (each counted once per sample: their share of the
 * service's work including what they call), and the methods most often at the top (the work itself).
 */
final class JfrProfile {

    /** The packages whose methods the inclusive list shows: the services' own and the libraries' entry points. */
    private static final List<String> INCLUSIVE = List.of("io.pmi.", "com.fasterxml.", "org.hibernate.",
            "com.mysql.", "java.util.zip", "org.jboss.resteasy.reactive.client", "io.vertx.core.http");

    private JfrProfile() {
    }

    /**
     * The JVM option that records execution samples from the service's start: JFR started later by jcmd
     * instruments classes at run time and throws the JIT's work away. Execution samples only (JFR's "profile"
     * settings cost far more).
     */
    static String startOption() throws IOException {
        Path settings = ReportBench.targetDir().resolve("bench-execution-samples.jfc");
        Files.writeString(settings, """
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration version="2.0" label="execution samples">
                  <event name="jdk.ExecutionSample">
                    <setting name="enabled">true</setting>
                    <setting name="period">10 ms</setting>
                  </event>
                </configuration>
                """);
        return "-XX:StartFlightRecording=name=bench,settings=" + settings + ",maxage=60m";
    }

    /** Writes the samples of the service's recording between two times of day (whole seconds) to a file. */
    static void dump(BenchService service, LocalTime begin, LocalTime end, Path recording)
            throws IOException, InterruptedException {
        ReportBench.jcmd(service, "JFR.dump", "name=bench", "begin=" + begin, "end=" + end, "filename=" + recording);
    }

    static void print(Path recording, String title, int top) throws IOException {
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            total++;
            RecordedThread thread = event.getThread("sampledThread");
            threads.merge(thread == null ? "?" : thread.getJavaName() == null ? "?"
                    : thread.getJavaName().replaceAll("[-\\d]+$", ""), 1, Integer::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            Set<String> seen = new HashSet<>();
            boolean first = true;
            for (RecordedFrame frame : frames) {
                if (!frame.isJavaFrame()) {
                    continue;
                }
                String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                if (first) {
                    self.merge(name, 1, Integer::sum);
                    first = false;
                }
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%s: %d execution samples (JFR, every 10 ms per running thread)%n", title, total);
        if (total == 0) {
            return;
        }
        System.out.println("  by thread: " + shares(threads, total, 8));
        System.out.println("  on the stack (inclusive), io.pmi and the libraries' entry points:");
        print(inclusive, total, top, name -> INCLUSIVE.stream().anyMatch(name::startsWith));
        System.out.println("  at the top of the stack (self):");
        print(self, total, top, name -> true);
    }

    private static void print(Map<String, Integer> counts, int total, int top, Predicate<String> shown) {
        counts.entrySet().stream().filter(e -> shown.test(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey()));
    }

    private static String shares(Map<String, Integer> counts, int total, int top) {
        StringBuilder text = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                        "%s %.1f%%", e.getKey(), 100.0 * e.getValue() / total)));
        return text.toString();
    }
}
