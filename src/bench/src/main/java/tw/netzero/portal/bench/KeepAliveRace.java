package tw.netzero.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reproduces the ingest's "EOF reached while reading" (docs/performance.md, "Ingest: the EOF
 * failures and the 55.5/s rerun"): N clients, one HttpClient each as {@link BenchClient} has, GET
 * a page at once, then each stays idle for a time spread evenly from {@code --from} to {@code --to}
 * seconds (around Payara's 30 s keep-alive timeout) and sends a PUT (an anonymous one: the answer
 * is 401, what matters is whether there is an answer). Run it while the server is busy (wrk on
 * another page): the server then reads late and closes connections whose request is already on the
 * way. Loopback only.
 *
 * <pre>KeepAliveRace --base=http://127.0.0.1:35080/ --version=HTTP_2|HTTP_1_1 --from=29.5 --to=31.5 --clients=200</pre>
 */
public final class KeepAliveRace {

    private KeepAliveRace() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            given.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        URI base = URI.create(given.getOrDefault("base", "http://127.0.0.1:35080/"));
        HttpClient.Version version = HttpClient.Version.valueOf(given.getOrDefault("version", "HTTP_2"));
        double from = Double.parseDouble(given.getOrDefault("from", "29.5"));
        double to = Double.parseDouble(given.getOrDefault("to", "31.5"));
        int clients = Integer.parseInt(given.getOrDefault("clients", "200"));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, Integer> outcomes = new ConcurrentSkipListMap<>();
        List<String> failedAt = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            double idle = from + (to - from) * i / Math.max(1, clients - 1);
            done.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10))
                        .build();
                try {
                    HttpResponse<String> get = http.send(HttpRequest.newBuilder(base.resolve("/public/login.xhtml"))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    // Not a test wait: staying idle this long is the condition being reproduced (Payara closes
                    // idle connections after 30 s), so a fixed pause is the point.
                    Thread.sleep((long) (idle * 1000));
                    HttpResponse<String> put = http.send(HttpRequest.newBuilder(
                                    base.resolve("/api/member/companies/00000000/filings/2025"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                    outcomes.merge("answered " + put.statusCode() + " (GET over " + get.version() + ", PUT over "
                            + put.version() + ")", 1, Integer::sum);
                } catch (Exception e) {
                    outcomes.merge("no answer: " + e, 1, Integer::sum);
                    failedAt.add(String.format(Locale.ROOT, "%.2f", idle));
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s, jdk.httpclient.keepalive.timeout=%s, idle %.1f..%.1f s, %d clients: %s%s%n",
                version, System.getProperty("jdk.httpclient.keepalive.timeout", "(default)"), from, to, clients,
                outcomes, failedAt.isEmpty() ? "" : "; no answer after idle s " + failedAt);
    }
}
