package tw.netzero.portal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ingest's timed phase sent by wrk with {@code src/bench/ingest.lua} (decision 0068): the
 * requests, each in its member's session, go to a file, one wrk thread sends each once over the
 * driver's connections, and the script reports what was acknowledged and how long it took. The
 * driver's own client cost 10 ms of CPU per filing on two cores already saturated by the server
 * (this JVM's JIT and an HTTP client per member), more than half of what Payara spent; wrk is the
 * client the static ceiling is measured with.
 */
final class WrkIngest {

    private static final Pattern RESULT = Pattern.compile(
            "WRK ingest: (\\d+) requests answered, (\\d+) filings acknowledged, (\\d+) requests failed, in ([0-9.]+) s");

    /** One request: PUT or POST, the path, the member's session id and the JSON body. */
    record Line(String method, String path, String sessionId, String json) {
    }

    /** What wrk reported, with the CPU read around it. */
    record Result(int answered, int filings, int failedRequests, double seconds, List<String> failures,
                  ProcessCpu.Snapshot start, ProcessCpu.Snapshot end) {
    }

    private WrkIngest() {
    }

    /** Sends every line once, {@code connections} at a time; {@code kind} is "put" or "batch" (how answers read). */
    static Result send(Path script, URI base, int connections, List<Line> lines, String kind, ProcessCpu cpu)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("ingest-requests", ".tsv");
        try {
            List<String> rows = new ArrayList<>(lines.size());
            for (Line line : lines) {
                rows.add(line.method() + "\t" + line.path() + "\t" + line.sessionId() + "\t" + line.json());
            }
            Files.write(file, rows, StandardCharsets.UTF_8);
            // -d only bounds a run whose answers do not all come (a timeout, a reset): the script's
            // line ends it as soon as the last answer is in.
            Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d900s", "--timeout", "120s",
                    "-s", script.toString(), base.toString(), "--", file.toString(), kind)
                    .redirectErrorStream(true).start();
            ProcessCpu.Snapshot start = cpu.with("wrk", wrk.pid()).now();
            List<String> failures = new ArrayList<>();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(wrk.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String out = output.readLine(); out != null; out = output.readLine()) {
                    if (out.startsWith("WRK failure")) {
                        failures.add(out.substring(4));
                    }
                    Matcher result = RESULT.matcher(out);
                    if (result.find()) {
                        ProcessCpu.Snapshot end = cpu.now();
                        wrk.destroy();
                        wrk.waitFor();
                        return new Result(Integer.parseInt(result.group(1)), Integer.parseInt(result.group(2)),
                                Integer.parseInt(result.group(3)), Double.parseDouble(result.group(4)), failures, start, end);
                    }
                }
            }
            wrk.waitFor();
            throw new IllegalStateException("wrk ended (exit " + wrk.exitValue() + ") before every request was answered");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
