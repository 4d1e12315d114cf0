package ca.concerto.load.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The UI load harness: simulated board members, all at once, on a running distribution prepared by
 * the load fixture module. First each one loads the sign-in page and signs in (spread over 10 s;
 * timed, but outside the scenario's figures: a password hash costs a fixed, deliberate CPU time).
 * Once all are signed in, the scenario: each opens the plan of N actions their board task is about,
 * then the task's decision screen, fills the form (adopted by a vote), approves and signs out.
 * Between steps a person's pause (1 to 3 s). When every user has the plan open, and again when all
 * have signed out, the server's heap is measured after a full GC: the difference over the number of
 * users is the heap one UI session holds.
 *
 * <p>The two parts of the scenario (opening the plan; the decision) start for all users at once, each
 * after a pause of 1 to 3 s: a burst of a hundred requests within two seconds. With a spread of S
 * seconds, each user starts each part after a pause drawn uniformly from 0 to S seconds instead, as
 * people arriving over S seconds would; every session stays open throughout.
 *
 * <p>Settings (system properties): {@code concerto.load.url}, {@code concerto.load.fixture} (the file
 * the fixture wrote), {@code concerto.load.pid} (the server's process, for jcmd),
 * {@code concerto.load.out} (the report file), {@code concerto.load.spread} (seconds, 0 by default: the
 * burst). Not a test: run by {@code ./concerto bench ui}.
 */
public final class UiLoad {

    private static final Duration RAMP_UP = Duration.ofSeconds(10);
    /** The steps before the scenario: named so that they sort first and stay out of its figures. */
    private static final String SIGN_IN = "0";

    /** A simulated user's work: who, which plan, which board task. */
    record Assignment(String username, long planId, String taskId) {
    }

    private final URI base;
    private final List<Assignment> assignments;
    private final long serverPid;
    /** Over how long the users start each part of the scenario; zero: within a person's pause. */
    private final Duration spread;
    /** Per step, each request's exchange (time and size). */
    private final Map<String, List<ScreenClient.Exchange>> exchanges = new ConcurrentHashMap<>();
    private final AtomicInteger approved = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    UiLoad(URI base, List<Assignment> assignments, long serverPid, Duration spread) {
        this.base = base;
        this.assignments = assignments;
        this.serverPid = serverPid;
        this.spread = spread;
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(required("concerto.load.url"));
        List<Assignment> assignments = Files.readAllLines(Path.of(required("concerto.load.fixture"))).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split(" "))
                .map(p -> new Assignment(p[0], Long.parseLong(p[1]), p[2])).toList();
        Duration spread = Duration.ofSeconds(Long.parseLong(System.getProperty("concerto.load.spread", "0")));
        if (spread.isNegative()) {
            throw new IllegalArgumentException("-Dconcerto.load.spread is a number of seconds, 0 or more");
        }
        String report = new UiLoad(base, assignments, Long.parseLong(required("concerto.load.pid")), spread).run();
        System.out.println(report);
        Files.writeString(Path.of(required("concerto.load.out")), report, StandardCharsets.UTF_8);
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing -D" + name);
        }
        return value;
    }

    String run() throws Exception {
        int users = assignments.size();
        long before = Heap.usedAfterGc(serverPid);
        CyclicBarrier signedIn = new CyclicBarrier(users);
        CyclicBarrier allOpen = new CyclicBarrier(users + 1);
        CyclicBarrier measured = new CyclicBarrier(users + 1);
        Instant started = Instant.now();
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                Assignment a = assignments.get(i);
                long delay = RAMP_UP.toMillis() * i / users;
                running.add(threads.submit(() -> {
                    simulate(a, delay, threads, signedIn, allOpen, measured);
                    return null;
                }));
            }
            allOpen.await(10, TimeUnit.MINUTES);
            long open = Heap.usedAfterGc(serverPid);
            measured.await();
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
            long after = Heap.usedAfterGc(serverPid);
            int confirmed = confirmDecisions();
            return report(users, started, before, open, after, confirmed);
        }
    }

    private void simulate(Assignment a, long delayMillis, ExecutorService threads, CyclicBarrier signedIn,
                          CyclicBarrier allOpen, CyclicBarrier measured) throws Exception {
        int barriersPassed = 0;
        try {
            Thread.sleep(delayMillis);
            ScreenClient tab = new ScreenClient(base, threads);
            time(SIGN_IN + " a page de connexion", tab.load("login"));
            pause();
            time(SIGN_IN + " b connexion", tab.fire(tab.idOfTag("vaadin-login-form"), "login",
                    Map.of("event.detail.username", a.username(), "event.detail.password", "load-secret")));
            require(tab.has("sign-out"), a, "not signed in");
            barriersPassed++;
            signedIn.await(10, TimeUnit.MINUTES);
            startPart();
            time("1 ouvrir le plan", tab.navigate("plan/" + a.planId(), "link"));
            require(tab.has("plan-detail-title") && tab.has("plan-objective-0-actions")
                    && tab.has("plan-objective-1-actions"), a, "plan page not shown");
            barriersPassed++;
            allOpen.await(10, TimeUnit.MINUTES);
            barriersPassed++;
            measured.await(10, TimeUnit.MINUTES);
            startPart();
            time("2 ouvrir la décision", tab.navigate("decision/" + a.taskId(), "link"));
            require(tab.has("cycle-decision-submit"), a, "decision form not shown");
            pause();
            time("3 saisir un champ", tab.type("cycle-decision-outcome",
                    tab.optionValue("cycle-decision-outcome", "Adopt"), "value-changed"));
            for (String[] count : new String[][] {{"cycle-decision-members-present", "3"},
                    {"cycle-decision-quorum", "2"}, {"cycle-decision-in-favour", "3"},
                    {"cycle-decision-against", "0"}, {"cycle-decision-abstentions", "0"}}) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(200, 600));
                time("3 saisir un champ", tab.type(count[0], count[1], "change"));
            }
            pause();
            time("4 approuver", tab.click("cycle-decision-submit"));
            require(!tab.has("cycle-decision-submit"), a, "decision not recorded: "
                    + (tab.has("cycle-decision-form") ? tab.textOf("cycle-decision-form") : "?"));
            approved.incrementAndGet();
            pause();
            require(ScreenClient.sessionExpired(time("5 déconnexion", tab.click("sign-out")).answer()), a,
                    "still signed in after « Se déconnecter »");
        } catch (Exception | AssertionError e) {
            failures.add(a.username() + ": " + e);
            // the others wait for everyone at the barriers: this one still takes its place at those left
            if (barriersPassed < 1) {
                signedIn.await(10, TimeUnit.MINUTES);
            }
            if (barriersPassed < 2) {
                allOpen.await(10, TimeUnit.MINUTES);
            }
            if (barriersPassed < 3) {
                measured.await(10, TimeUnit.MINUTES);
            }
        }
    }

    private static void require(boolean condition, Assignment a, String what) {
        if (!condition) {
            throw new AssertionError(what + " (" + a.username() + ", plan " + a.planId() + ")");
        }
    }

    /** The wait before a part of the scenario: a person's pause, or a start drawn over the spread. */
    private void startPart() throws InterruptedException {
        if (spread.isZero()) {
            pause();
        } else {
            Thread.sleep(ThreadLocalRandom.current().nextLong(spread.toMillis() + 1));
        }
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
    }

    private ScreenClient.Exchange time(String step, ScreenClient.Exchange exchange) {
        if (ScreenClient.sessionExpired(exchange.answer()) && !step.startsWith("5")) {
            throw new AssertionError("session expired at step " + step);
        }
        exchanges.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>())).add(exchange);
        return exchange;
    }

    /** Every approved plan has its adoption decision, read back through the REST API as its board member. */
    private int confirmDecisions() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int confirmed = 0;
        for (Assignment a : assignments) {
            String auth = Base64.getEncoder().encodeToString((a.username() + ":load-secret")
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/plans/" + a.planId()
                    + "/decisions")).header("Authorization", "Basic " + auth).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("ADOPT")) {
                confirmed++;
            }
        }
        return confirmed;
    }

    private String report(int users, Instant started, long before, long open, long after, int confirmed) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "UI load: %d simulated users, %s, run of %d s, %s%n", users, base,
                Duration.between(started, Instant.now()).toSeconds(), spread.isZero()
                        ? "each part of the scenario started by all users at once (burst)"
                        : "each part of the scenario started by the users over " + spread.toSeconds() + " s"));
        out.append(String.format(Locale.ROOT, "%-34s %7s %9s %9s %9s %11s%n", "step", "count", "p50 ms", "p95 ms", "max ms",
                "mean KiB"));
        List<ScreenClient.Exchange> scenario = new ArrayList<>();
        exchanges.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (!e.getKey().startsWith(SIGN_IN)) {
                scenario.addAll(e.getValue());
            }
            out.append(line(e.getKey(), e.getValue()));
        });
        out.append(line("scenario (steps 1-5)", scenario));
        double perSession = (open - after) / (double) users;
        out.append(String.format(Locale.ROOT,
                "heap after full GC: %.1f MiB before the users, %.1f MiB with every user's plan open, %.1f MiB after all signed out%n",
                mib(before), mib(open), mib(after)));
        out.append(String.format(Locale.ROOT, "heap per UI session (plan of the task open): %.0f KiB%n", perSession / 1024));
        out.append(String.format(Locale.ROOT, "approved on screen: %d of %d; decisions read back by REST: %d%n",
                approved.get(), users, confirmed));
        if (!failures.isEmpty()) {
            out.append("failures (").append(failures.size()).append("):\n");
            failures.stream().limit(20).forEach(f -> out.append("  ").append(f).append('\n'));
        }
        return out.toString();
    }

    private static String line(String step, List<ScreenClient.Exchange> exchanges) {
        List<Long> nanos = exchanges.stream().map(ScreenClient.Exchange::nanos).sorted().toList();
        double meanKib = exchanges.stream().mapToInt(ScreenClient.Exchange::bytes).average().orElse(0) / 1024;
        return String.format(Locale.ROOT, "%-34s %7d %9.0f %9.0f %9.0f %11.1f%n", step, nanos.size(),
                percentile(nanos, 50), percentile(nanos, 95), nanos.isEmpty() ? 0 : nanos.getLast() / 1e6, meanKib);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
