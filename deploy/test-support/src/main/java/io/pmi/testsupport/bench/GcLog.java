package io.pmi.testsupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's GC log ({@code -Xlog:gc} with epoch milliseconds), read for the heap figures of the memory benchmarks:
 * the live heap after a full collection the benchmark asks for ({@code jcmd GC.run}), and the collections of a
 * measured phase.
 */
public final class GcLog {

    private static final Pattern LINE = Pattern.compile(
            "^\\[(\\d+)ms].*GC\\(\\d+\\) (Pause (?:Young|Full|Remark|Cleanup)).*? (\\d+)M->(\\d+)M\\(\\d+M\\)");
    private static final int FULL_GC_POLLS = 50;
    private static final long FULL_GC_POLL_MS = 100;

    /** A collection in the log: when (epoch ms), what, heap before and after, in MB. */
    public record Collection(long atMillis, String kind, int beforeMb, int afterMb) {

        public boolean full() {
            return kind.startsWith("Pause Full");
        }
    }

    private final Path file;

    public GcLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The JVM option that writes this log. */
    public String jvmOption() {
        return "-Xlog:gc:file=" + file + ":timemillis";
    }

    public List<Collection> collections() throws IOException {
        List<Collection> found = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                found.add(new Collection(Long.parseLong(m.group(1)), m.group(2).trim(), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            }
        }
        return found;
    }

    /** The collections between two instants (epoch ms). */
    public List<Collection> between(long startMillis, long endMillis) throws IOException {
        return collections().stream().filter(c -> c.atMillis() >= startMillis && c.atMillis() <= endMillis).toList();
    }

    /** Has the service collect its whole heap and answers the heap after it, in MB. */
    public int fullGc(BenchService service) throws IOException, InterruptedException {
        long before = System.currentTimeMillis();
        BenchEnvironment.run(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.pid()), "GC.run"));
        for (int attempt = 0; attempt < FULL_GC_POLLS; attempt++) {
            for (Collection c : collections()) {
                if (c.atMillis() >= before && c.full()) {
                    return c.afterMb();
                }
            }
            Thread.sleep(FULL_GC_POLL_MS);
        }
        throw new IllegalStateException("No full collection in " + file + " after jcmd GC.run");
    }

    /** How many collections (full ones among them) and the highest heap after them in each fifth of the phase. */
    public static String describe(List<Collection> collections, long startMillis, long endMillis, String phase) {
        if (collections.isEmpty()) {
            return "none";
        }
        long full = collections.stream().filter(Collection::full).count();
        return String.format(Locale.ROOT, "%d (%d full); highest heap after them per fifth of the %s: %s MB",
                collections.size(), full, phase, fifths(collections.stream()
                        .map(c -> new long[] {c.atMillis(), c.afterMb()}).toList(), startMillis, endMillis));
    }

    /** The highest value of each fifth of [start, end] ("-" where there is none), of (millis, value) pairs. */
    public static String fifths(List<long[]> values, long startMillis, long endMillis) {
        long[] highest = new long[5];
        Arrays.fill(highest, -1);
        double width = Math.max(1, endMillis - startMillis) / 5.0;
        for (long[] value : values) {
            int fifth = (int) Math.min(4, Math.max(0, (value[0] - startMillis) / width));
            highest[fifth] = Math.max(highest[fifth], value[1]);
        }
        StringBuilder text = new StringBuilder();
        for (long h : highest) {
            text.append(text.length() == 0 ? "" : ", ").append(h < 0 ? "-" : Long.toString(h));
        }
        return text.toString();
    }
}
