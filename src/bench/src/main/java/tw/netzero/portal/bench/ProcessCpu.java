package tw.netzero.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The CPU time of named processes on this machine (the driver itself, Payara, MariaDB) and of the
 * whole machine, read from Linux's {@code /proc}. Read from inside the driver because starting a
 * process to read them (jstat, ps) during a timed phase cost the rounds measurably on two saturated
 * cores (docs/performance.md, eighteenth session). A process whose file cannot be read is left out.
 */
final class ProcessCpu {

    /** Linux's clock ticks per second for /proc's times (USER_HZ, 100 on every Linux this runs on). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Map<String, Long> pids = new LinkedHashMap<>();

    /** {@code spec}: "name:pid,name:pid" (may be empty); the driver itself is always counted, as "driver". */
    ProcessCpu(String spec) {
        pids.put("driver", ProcessHandle.current().pid());
        for (String entry : spec.split(",")) {
            String[] pair = entry.split(":", 2);
            if (pair.length == 2 && !pair[1].isBlank()) {
                pids.put(pair[0], Long.parseLong(pair[1].trim()));
            }
        }
    }

    /** Counts one more process from now on. */
    ProcessCpu with(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    /** What each process and the machine have used so far. */
    Snapshot now() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            Double used = processSeconds(pid);
            if (used != null) {
                seconds.put(name, used);
            }
        });
        return new Snapshot(System.nanoTime(), seconds, machineSeconds());
    }

    record Snapshot(long nanos, Map<String, Double> seconds, double[] machine) {

        /** The named process's CPU since {@code before}, in ms per unit of work, or NaN when unread. */
        double msPer(String name, Snapshot before, int units) {
            Double end = seconds.get(name);
            Double start = before.seconds.get(name);
            return end == null || start == null || units == 0 ? Double.NaN : (end - start) * 1000 / units;
        }

        /** "driver 1.21 ms, payara 3.10 ms, …; machine 97 % busy" since {@code before}, per unit of work. */
        String perUnit(Snapshot before, int units) {
            StringJoiner each = new StringJoiner(", ");
            for (String name : seconds.keySet()) {
                double ms = msPer(name, before, units);
                if (!Double.isNaN(ms)) {
                    each.add(String.format(Locale.ROOT, "%s %.2f ms", name, ms));
                }
            }
            double busy = machine[0] - before.machine[0];
            double all = busy + machine[1] - before.machine[1];
            return each + (all > 0 ? String.format(Locale.ROOT, "; machine %.0f %% busy", 100 * busy / all) : "");
        }
    }

    private static Double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // After the command name in parentheses: state is field 3, utime 14 and stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The machine's busy and idle (idle and I/O wait) seconds so far, or zeros when unread. */
    private static double[] machineSeconds() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            double busy = 0;
            for (int field = 1; field <= 8 && field < cpu.length; field++) {
                busy += field == 4 || field == 5 ? 0 : Long.parseLong(cpu[field]);
            }
            return new double[] {busy / TICKS_PER_SECOND, (Long.parseLong(cpu[4]) + Long.parseLong(cpu[5])) / TICKS_PER_SECOND};
        } catch (IOException | RuntimeException e) {
            return new double[] {0, 0};
        }
    }
}
