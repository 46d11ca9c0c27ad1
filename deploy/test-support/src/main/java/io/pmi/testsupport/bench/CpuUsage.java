package io.pmi.testsupport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where the machine's CPU went during a measured phase, in cores: each named process (utime + stime from
 * {@code /proc/<pid>/stat}, including its children that exited) and the rest of the machine's busy time ("other":
 * the kernel's loopback networking plus any other program; much more than a few hundredths of a core means the
 * run was disturbed). Linux only; elsewhere the figures are zero.
 */
public final class CpuUsage {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> processes;
    private final Map<String, Long> startTicks;
    private final long[] startMachine;
    private final long startNanos;

    private CpuUsage(Map<String, Long> processes) {
        this.processes = new LinkedHashMap<>(processes);
        this.startTicks = ticks(processes);
        this.startMachine = machineTicks();
        this.startNanos = System.nanoTime();
    }

    /** Starts measuring the given processes, by name and pid. */
    public static CpuUsage start(Map<String, Long> processes) {
        return new CpuUsage(processes);
    }

    /** Cores used since the start by each process and by the rest of the machine, and the machine's idle cores. */
    public String stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Long> endTicks = ticks(processes);
        long[] endMachine = machineTicks();
        StringBuilder text = new StringBuilder();
        long ours = 0;
        for (String name : processes.keySet()) {
            long used = endTicks.get(name) - startTicks.get(name);
            ours += used;
            text.append(String.format(Locale.ROOT, "%s %.2f, ", name, used / TICKS_PER_SECOND / seconds));
        }
        long total = endMachine[0] - startMachine[0];
        long idle = endMachine[1] - startMachine[1];
        long busy = total - idle;
        text.append(String.format(Locale.ROOT, "other %.2f, idle %.2f (cores, of %d)",
                Math.max(0, busy - ours) / TICKS_PER_SECOND / seconds, idle / TICKS_PER_SECOND / seconds,
                Runtime.getRuntime().availableProcessors()));
        return text.toString();
    }

    /** The load averages of the machine (1, 5, 15 minutes), as uptime prints them. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, Long> ticks(Map<String, Long> processes) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach((name, pid) -> {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[0] is field 3 (state); utime, stime, cutime, cstime are fields 14 to 17
                ticks.put(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                        + Long.parseLong(fields[14]));
            } catch (IOException | RuntimeException e) {
                ticks.put(name, 0L);
            }
        });
        return ticks;
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs, from /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
