package io.pmi.questionbank.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the service's CPU goes, from a Java Flight Recorder recording made with {@code jcmd <pid> JFR.start}. An
 * execution sample counts for the first of the "anywhere" categories one of its frames belongs to (work done on
 * behalf of one step, whatever the library doing it: RSA arithmetic in the JDK is JWT verification); otherwise for
 * the category of its innermost frame that belongs to a known library.
 */
final class JfrProfile {

    private static final Map<String, List<String>> ANYWHERE = new LinkedHashMap<>();
    private static final Map<String, List<String>> INNERMOST = new LinkedHashMap<>();

    static {
        ANYWHERE.put("JWT parsing and RS256 signature verification (smallrye-jwt, jose4j)",
                List.of("io.smallrye.jwt.", "org.jose4j."));
        ANYWHERE.put("Hibernate: HQL -> SQL translation, on every execution (no plan cache while a filter is on)",
                List.of("org.hibernate.query.sqm.internal.ConcreteSqmSelectQueryPlan.buildInterpretation",
                        "org.hibernate.query.sqm.internal.ConcreteSqmSelectQueryPlan.buildCacheableSqmInterpretation",
                        "org.hibernate.query.sqm.internal.AbstractSqmSelectionQuery.buildSelectQueryPlan"));
        ANYWHERE.put("Connector/J prepareStatement: parses the SQL every time (no statement cache)",
                List.of("com.mysql.cj.jdbc.ConnectionImpl.prepareStatement",
                        "com.mysql.cj.jdbc.ConnectionImpl.clientPrepareStatement"));
        ANYWHERE.put("stored content JSON -> QuestionContent (Jackson)",
                List.of("io.pmi.questionbank.repository.ContentJson"));
        INNERMOST.put("Connector/J: execute, read the result", List.of("com.mysql.cj."));
        INNERMOST.put("Agroal connection pool", List.of("io.agroal."));
        INNERMOST.put("Hibernate: session, parameters, result processing", List.of("org.hibernate."));
        INNERMOST.put("response JSON writing (Jackson)", List.of("com.fasterxml.jackson."));
        INNERMOST.put("transactions (Narayana)", List.of("com.arjuna.", "io.quarkus.narayana."));
        INNERMOST.put("security (roles, identity)", List.of("io.quarkus.security.",
                "io.quarkus.vertx.http.runtime.security.", "io.quarkus.smallrye.jwt."));
        INNERMOST.put("CDI and context propagation", List.of("io.quarkus.arc.", "io.smallrye.context."));
        INNERMOST.put("service code (resource, mapper, tenancy, problems)", List.of("io.pmi."));
        INNERMOST.put("Quarkus REST", List.of("org.jboss.resteasy.reactive.", "io.quarkus.resteasy.reactive.",
                "io.quarkus.rest."));
        INNERMOST.put("Vert.x / Netty (HTTP, event loop)", List.of("io.vertx.", "io.netty.", "io.quarkus.vertx."));
        INNERMOST.put("metrics (Micrometer)", List.of("io.micrometer.", "io.quarkus.micrometer."));
        INNERMOST.put("worker threads (JBoss Threads)", List.of("org.jboss.threads."));
    }

    private JfrProfile() {
    }

    /** Prints the share of samples per category. */
    static void print(Path recording, String title) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ANYWHERE.keySet().forEach(k -> counts.put(k, 0));
        INNERMOST.keySet().forEach(k -> counts.put(k, 0));
        counts.put("other (JDK only)", 0);
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            total++;
            counts.merge(category(event.getStackTrace().getFrames()), 1, Integer::sum);
        }
        System.out.printf("%s: %d execution samples of the service (JFR, every 10 ms)%n", title, total);
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > 0) {
                System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * entry.getValue() / total, entry.getKey());
            }
        }
    }

    private static String category(List<RecordedFrame> frames) {
        for (Map.Entry<String, List<String>> category : ANYWHERE.entrySet()) {
            for (RecordedFrame frame : frames) {
                if (matches(frame, category.getValue())) {
                    return category.getKey();
                }
            }
        }
        for (RecordedFrame frame : frames) {
            for (Map.Entry<String, List<String>> category : INNERMOST.entrySet()) {
                if (matches(frame, category.getValue())) {
                    return category.getKey();
                }
            }
        }
        return "other (JDK only)";
    }

    private static boolean matches(RecordedFrame frame, List<String> prefixes) {
        if (!frame.isJavaFrame()) {
            return false;
        }
        String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
