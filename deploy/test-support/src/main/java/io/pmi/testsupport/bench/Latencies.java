package io.pmi.testsupport.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * The latencies one thread measured, in nanoseconds, kept whole (no histogram buckets): the percentiles of all
 * threads' latencies together come from sorting them.
 */
public final class Latencies {

    /** Percentiles of a set of latencies, in milliseconds. */
    public record Summary(long count, double p50, double p90, double p99, double p999, double max) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d requests: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, "
                    + "max %.2f ms", count, p50, p90, p99, p999, max);
        }
    }

    private long[] nanos = new long[1 << 12];
    private int count;

    public void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** Adds every latency of another recorder (read it after its thread is done). */
    public void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    public int count() {
        return count;
    }

    /** The percentiles of every latency of the given recorders; read them after their threads are done. */
    public static Summary summarize(Collection<Latencies> recorders) {
        int total = recorders.stream().mapToInt(Latencies::count).sum();
        if (total == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] all = new long[total];
        int at = 0;
        for (Latencies recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.count);
            at += recorder.count;
        }
        Arrays.sort(all);
        return new Summary(total, millis(all, 0.50), millis(all, 0.90), millis(all, 0.99), millis(all, 0.999),
                all[total - 1] / 1e6);
    }

    /** The nearest-rank percentile: the smallest latency that at least this share of the requests did not exceed. */
    private static double millis(long[] sorted, double share) {
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
