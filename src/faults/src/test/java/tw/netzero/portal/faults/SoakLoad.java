package tw.netzero.portal.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the soak's simulated users share: whether the run goes on, whether a fault is under way, every
 * answer counted by kind of user and status, the steps done, and the errors. An error is an answer
 * other than 2xx or 3xx, a request without an answer, or a page that is not what the step expects
 * (a form missing, a message not shown), unless a deliberate fault is under way.
 */
final class SoakLoad {

    /** A step that failed, counted already: its user starts its next visit afresh. */
    static final class Failed extends RuntimeException {
        Failed(String what) {
            super(what, null, false, false);
        }
    }

    /** The run ended during a user's think time: the visit ends there, with no request more. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the run ended", null, false, false);
        }
    }

    /** One of the soak's users: visits the portal again and again with pauses until the run ends. */
    interface User {
        /** One visit (several requests, with think time between them). */
        void visit() throws InterruptedException;

        /** After a failed visit: what the user kept (its sign-in) is no longer to be trusted. */
        void forget();
    }

    private static final int PAGES_KEPT = 5;

    private final Path work;
    private final AtomicInteger pagesKept = new AtomicInteger();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean faulting = new AtomicBoolean(false);
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> steps = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** @param work where the first few unexpected pages are kept */
    SoakLoad(Path work) {
        this.work = work;
    }

    boolean running() {
        return stopped.getCount() > 0;
    }

    void stop() {
        stopped.countDown();
    }

    /** A deliberate fault begins (true) or ends (false): failures meanwhile are counted, not errors. */
    void faulting(boolean underWay) {
        faulting.set(underWay);
    }

    /** Runs a user's visits until the run ends, after a first pause of up to {@code rampUp} (users arrive over it). */
    Void keepVisiting(User user, Random random, Duration rampUp) throws InterruptedException {
        pause(Duration.ofMillis((long) (random.nextDouble() * rampUp.toMillis())));
        while (running()) {
            try {
                user.visit();
            } catch (Stopped runOver) {
                return null;
            } catch (Failed counted) {
                user.forget();
                pause(Duration.ofSeconds(1)); // the pace of a user after a failure, not a wait for a result
            } catch (IllegalStateException page) {
                // The Faces client found no form to post on the page it was given.
                count("page without its form");
                fail(page.getMessage());
                user.forget();
            }
        }
        return null;
    }

    /**
     * Sends one request of a user and counts its answer as "{@code who} status"; an answer other than
     * 2xx or 3xx, or none, is an error (outside a fault) and fails the step.
     */
    <T> HttpResponse<T> send(String who, String what, Supplier<HttpResponse<T>> request) {
        HttpResponse<T> answer;
        try {
            answer = request.get();
        } catch (UncheckedIOException transport) {
            count(who + " no answer");
            throw fail(who + " " + what + ": " + transport.getMessage());
        }
        count(who + " " + answer.statusCode());
        if (answer.statusCode() >= 400) {
            throw fail(who + " " + what + ": HTTP " + answer.statusCode() + " " + answer.uri());
        }
        return answer;
    }

    /** Signs a user in, with a second-factor code where one is due; fails the step when the portal refuses. */
    void signIn(String who, PortalClient client, String email, String password, Supplier<String> secondFactorCode) {
        boolean[] accepted = new boolean[1];
        send(who, "sign-in", () -> {
            accepted[0] = client.signIn(email, password, secondFactorCode);
            return client.last();
        });
        expect(accepted[0], who, () -> email + " not signed in: " + client.last().uri() + " " + messages(client));
        done(who + " signed in");
    }

    /** Fails the step, as an error, unless the last page's messages say {@code text}; the first few such pages are kept. */
    void expectMessage(String who, PortalClient client, String text, String step) {
        expect(messages(client).contains(text), who,
                () -> step + " not confirmed on " + client.last().uri() + ": " + messages(client) + keep(client.last().body()));
    }

    private String keep(String page) {
        int kept = pagesKept.incrementAndGet();
        if (kept > PAGES_KEPT) {
            return "";
        }
        Path file = work.resolve("soak-unexpected-" + kept + ".html");
        try {
            Files.writeString(file, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return " (page kept in " + file + ")";
    }

    /** The last page's messages: the template's {@code #messages} and those at the fields. */
    static String messages(PortalClient client) {
        Document page = client.page();
        Element messages = page.getElementById("messages");
        List<String> atFields = page.select(".ui-message").eachText();
        return (messages == null ? "" : messages.text()) + (atFields.isEmpty() ? "" : " at the fields: " + atFields);
    }

    /** Fails the step, as an error, unless the page is as the step expects. */
    void expect(boolean asExpected, String who, Supplier<String> what) {
        if (!asExpected) {
            count(who + " unexpected page");
            throw fail(who + " " + what.get());
        }
    }

    /** Counts an error (unless a fault is under way) and returns the step's failure to throw. */
    Failed fail(String what) {
        String when = LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " ";
        if (!faulting.get()) {
            errors.add(when + what);
        }
        return new Failed(what);
    }

    /** A step done ("filing submitted", "filing accepted", ...). */
    void done(String step) {
        steps.computeIfAbsent(step, key -> new AtomicLong()).incrementAndGet();
    }

    /** A user's think time: between {@code shortest} and {@code longest}; the visit ends there when the run does. */
    void think(Random random, Duration shortest, Duration longest) throws InterruptedException {
        pause(shortest.plusMillis((long) (random.nextDouble() * longest.minus(shortest).toMillis())));
        if (!running()) {
            throw new Stopped();
        }
    }

    private void pause(Duration pause) throws InterruptedException {
        stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, key -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> answers() {
        return snapshot(answers);
    }

    Map<String, Long> steps() {
        return snapshot(steps);
    }

    long requests() {
        return answers.values().stream().mapToLong(AtomicLong::get).sum();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.get()));
        return sorted;
    }
}
