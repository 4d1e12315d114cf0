package ca.concerto.cycle.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.concerto.adoption.impl.ConcertoCycles;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.store.impl.CycleBenchStore;
import ca.concerto.plan.store.impl.StoreForTests;

/**
 * Complete plan cycles per second on PostgreSQL, Concerto's services against the same BPMN on a
 * bare Operaton engine, in one JVM, one thread: warm-up, then measured cycles alternating the two
 * sides (each pair in turn order), then an optional profiling pass on fresh schemas that times the
 * store and engine calls. Settings (system properties): concerto.bench.pg.url, .warmup (20),
 * .cycles (100), .followUps (4), .actions (4), .pool (hikari: the platform's pool; none: unpooled
 * DataSources, as the tests' StoreForTests), .profile (10 profiled cycles; 0: none), .out (the
 * report file).
 */
public final class CycleBench {

    static final double TARGET_OVERHEAD_PERCENT = 15.0;

    record Settings(String url, int warmup, int cycles, int followUps, int actions, boolean pooled, int profile,
                    Path out) {
        static Settings fromSystemProperties() {
            String pool = System.getProperty("concerto.bench.pool", "hikari");
            if (!pool.equals("hikari") && !pool.equals("none")) {
                throw new IllegalArgumentException("concerto.bench.pool: hikari or none, not " + pool);
            }
            return new Settings(System.getProperty("concerto.bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"),
                    Integer.getInteger("concerto.bench.warmup", 20), Integer.getInteger("concerto.bench.cycles", 100),
                    Integer.getInteger("concerto.bench.followUps", 4), Integer.getInteger("concerto.bench.actions", 4),
                    pool.equals("hikari"), Integer.getInteger("concerto.bench.profile", 10),
                    Path.of(System.getProperty("concerto.bench.out", "target/cycle-bench.txt")));
        }
    }

    /** Nanoseconds of each measured cycle of one side. */
    record Stats(String side, long[] nanos) {
        double totalSeconds() {
            return Arrays.stream(nanos).sum() / 1e9;
        }

        double perSecond() {
            return nanos.length / totalSeconds();
        }

        double meanMs() {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }

        double percentileMs(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            if (p == 50 && sorted.length % 2 == 0) {
                return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2e6;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
        }
    }

    private final Settings settings;
    private final Deque<AutoCloseable> open = new ArrayDeque<>();

    private CycleBench(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        CycleBench bench = new CycleBench(settings);
        try {
            bench.run();
        } finally {
            bench.closeAll();
        }
    }

    private void run() throws Exception {
        String started = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        log("Cycle bench: %d warm-up + %d measured cycles per side, %d follow-up meetings, %d actions, pool %s, %s",
                settings.warmup, settings.cycles, settings.followUps, settings.actions,
                settings.pooled ? "HikariCP" : "none", settings.url);
        long setup = System.nanoTime();
        CycleSide concerto = concertoSide("concerto-measured", null);
        CycleSide bare = bareSide("bare-measured", null);
        log("Both sides ready in %.1f s; warm-up", (System.nanoTime() - setup) / 1e9);

        long[] none = new long[settings.warmup];
        run(concerto, bare, settings.warmup, none, none.clone(), "warm-up");
        long[] concertoNanos = new long[settings.cycles];
        long[] bareNanos = new long[settings.cycles];
        run(concerto, bare, settings.cycles, concertoNanos, bareNanos, "measured");
        Stats c = new Stats(concerto.name(), concertoNanos);
        Stats b = new Stats(bare.name(), bareNanos);
        close(concerto);
        close(bare);

        StringBuilder report = new StringBuilder();
        report.append(header(started));
        report.append(table(c, b));
        if (settings.profile > 0) {
            report.append(profile());
        }
        System.out.println();
        System.out.print(report);
        Path out = settings.out;
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** Cycles of both sides, alternating which goes first; per-cycle times into the arrays. */
    private static void run(CycleSide concerto, CycleSide bare, int cycles, long[] concertoNanos, long[] bareNanos,
                            String phase) {
        long start = System.nanoTime();
        for (int i = 0; i < cycles; i++) {
            if (i % 2 == 0) {
                concertoNanos[i] = timed(concerto, i);
                bareNanos[i] = timed(bare, i);
            } else {
                bareNanos[i] = timed(bare, i);
                concertoNanos[i] = timed(concerto, i);
            }
            if ((i + 1) % 10 == 0 || i + 1 == cycles) {
                log("  %s: %d/%d cycles per side (%.0f s)", phase, i + 1, cycles, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static long timed(CycleSide side, int index) {
        long start = System.nanoTime();
        Runnable check = side.runCycle(index);
        long nanos = System.nanoTime() - start;
        check.run();
        return nanos;
    }

    // ---- the sides ------------------------------------------------------------------------------

    private CycleSide concertoSide(String engineName, Profiler profiler) throws Exception {
        ConcertoCycles side;
        if (settings.pooled) {
            Database db = Database.create(settings.url, "concerto_cb_", true);
            open.push(db);
            CycleBenchStore store = new CycleBenchStore(db.dataSource, new PlanInterchangeImpl());
            open.push(store);
            side = new ConcertoCycles(engineName, db.dataSource, () -> {
                try {
                    store.close();
                } finally {
                    db.close();
                }
            }, store.plans, store.documents, store.cycles, store.identity, settings.followUps, settings.actions,
                    profiler);
            open.remove(store); // now closed with the side
            open.remove(db);
        } else {
            // the tests' store: a fresh schema of concerto.test.pg.url, the driver's DataSource unpooled
            System.setProperty("concerto.test.pg.url", settings.url);
            StoreForTests store = new StoreForTests("postgresql");
            open.push(store);
            side = new ConcertoCycles(engineName, store.dataSource(), store, store.plans, store.documents,
                    store.cycles, store.identity, settings.followUps, settings.actions, profiler);
            open.remove(store);
        }
        open.push(side);
        return side;
    }

    private CycleSide bareSide(String engineName, Profiler profiler) throws Exception {
        Database db = Database.create(settings.url, "bare_cb_", settings.pooled);
        open.push(db);
        BareCycles side = new BareCycles(engineName, db.dataSource, settings.followUps, profiler);
        open.push(side);
        return side;
    }

    private void close(CycleSide side) throws Exception {
        // the side, then its database (pushed just before it, for the bare side)
        open.remove(side);
        side.close();
        if (side instanceof BareCycles && !open.isEmpty() && open.peek() instanceof Database db) {
            open.pop();
            db.close();
        }
    }

    private void closeAll() {
        while (!open.isEmpty()) {
            try {
                open.pop().close();
            } catch (Exception e) {
                System.err.println("closing: " + e);
            }
        }
    }

    // ---- profiling pass ---------------------------------------------------------------------------

    private String profile() throws Exception {
        int warm = 3;
        int n = settings.profile;
        log("Profiling pass: fresh schemas, %d cycles per side, then %d profiled", warm, n);
        Profiler concertoProfile = new Profiler();
        Profiler bareProfile = new Profiler();
        CycleSide concerto = concertoSide("concerto-profiled", concertoProfile);
        CycleSide bare = bareSide("bare-profiled", bareProfile);
        long[] w = new long[warm];
        run(concerto, bare, warm, w, w.clone(), "profile warm-up");
        concertoProfile.reset();
        bareProfile.reset();
        long[] cn = new long[n];
        long[] bn = new long[n];
        run(concerto, bare, n, cn, bn, "profiled");

        double cTotal = Arrays.stream(cn).sum() / 1e6 / n;
        double bTotal = Arrays.stream(bn).sum() / 1e6 / n;
        double store = concertoProfile.nanos("store") / 1e6 / n;
        double engine = concertoProfile.nanos("engine") / 1e6 / n;
        double own = concertoProfile.nanos("concerto") / 1e6 / n;
        double bareEngine = bareProfile.nanos("engine") / 1e6 / n;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%nWhere a cycle's time goes (profiling pass: %d cycles per side on fresh schemas,"
                + " every service call timed by a proxy;%nexclusive times, ms per cycle: a store call made by a delegate"
                + " inside an engine call counts as store only)%n", n));
        s.append(String.format(Locale.ROOT, "%-58s %9s %9s %7s%n", "", "calls", "ms", "share"));
        s.append(String.format(Locale.ROOT, "%-58s %9s %9.1f %6.0f%%%n", "Concerto cycle", "", cTotal, 100.0));
        s.append(line("  plan store (EclipseLink + PostgreSQL)", concertoProfile.calls("store") / (double) n, store, cTotal));
        s.append(line("  engine API (incl. query setters)", concertoProfile.calls("engine") / (double) n,
                engine, cTotal));
        s.append(line("  inbox and workflow code between those calls", concertoProfile.calls("concerto") / (double) n,
                own, cTotal));
        s.append(line("  harness", Double.NaN, cTotal - store - engine - own, cTotal));
        s.append(String.format(Locale.ROOT, "%-58s %9s %9.1f %6.0f%%%n", "bare Operaton cycle", "", bTotal, 100.0));
        s.append(line("  engine API (incl. query setters)", bareProfile.calls("engine") / (double) n, bareEngine, bTotal));
        s.append(line("  harness", Double.NaN, bTotal - bareEngine, bTotal));
        s.append(String.format(Locale.ROOT, "%nConcerto's services, whole calls (ms per cycle, engine and store inside)%n"));
        for (Map.Entry<String, Profiler.Stat> e : concertoProfile.top("concerto", 10, true)) {
            s.append(String.format(Locale.ROOT, "  %-56s %9.1f %9.1f%n", e.getKey(),
                    Profiler.calls(e.getValue()) / (double) n, Profiler.inclusive(e.getValue()) / 1e6 / n));
        }
        s.append(String.format(Locale.ROOT, "Concerto's costliest store and engine calls (calls and exclusive ms per cycle)%n"));
        appendTop(s, concertoProfile, "store", 8, n);
        appendTop(s, concertoProfile, "engine", 12, n);
        s.append(String.format(Locale.ROOT, "bare Operaton's costliest calls%n"));
        appendTop(s, bareProfile, "engine", 5, n);
        close(concerto);
        close(bare);
        return s.toString();
    }

    private static String line(String what, double calls, double ms, double total) {
        return String.format(Locale.ROOT, "%-58s %9s %9.1f %6.0f%%%n", what,
                Double.isNaN(calls) ? "" : String.format(Locale.ROOT, "%.0f", calls), ms, 100 * ms / total);
    }

    private static void appendTop(StringBuilder s, Profiler profiler, String category, int limit, int n) {
        for (Map.Entry<String, Profiler.Stat> e : profiler.top(category, limit)) {
            s.append(String.format(Locale.ROOT, "  %-56s %9.1f %9.2f%n", e.getKey(),
                    Profiler.calls(e.getValue()) / (double) n, Profiler.nanos(e.getValue()) / 1e6 / n));
        }
    }

    // ---- report -----------------------------------------------------------------------------------

    private String header(String started) throws SQLException {
        String database;
        try (Connection c = DriverManager.getConnection(settings.url, "postgres", "")) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return String.format(Locale.ROOT, "Plan cycle bench, %s%n"
                        + "Machine: %s%d cores, JDK %s, heap max %d MB; database %s at %s%n"
                        + "DataSource: %s; engine: Operaton, history full, job executor off (timers fired by the harness)%n"
                        + "A cycle: launch (carry-over of a %d-action plan) ... board adopts ... published, %d follow-up"
                        + " meetings, bilan, closed%n"
                        + "%d warm-up then %d measured cycles per side, the sides alternating, one thread%n%n",
                started, cpu, Runtime.getRuntime().availableProcessors(), System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), database, settings.url,
                settings.pooled ? "HikariCP pool of " + Database.POOL_SIZE + " per side (as the platform)"
                        : "unpooled PGSimpleDataSource (as the tests' StoreForTests)",
                settings.actions, settings.followUps, settings.warmup, settings.cycles);
    }

    private static String table(Stats c, Stats b) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-14s %7s %9s %10s %9s %10s %9s%n", "side", "cycles", "total s",
                "cycles/s", "mean ms", "median ms", "p95 ms"));
        for (Stats x : List.of(c, b)) {
            s.append(String.format(Locale.ROOT, "%-14s %7d %9.2f %10.2f %9.1f %10.1f %9.1f%n", x.side(),
                    x.nanos().length, x.totalSeconds(), x.perSecond(), x.meanMs(), x.percentileMs(50),
                    x.percentileMs(95)));
        }
        double overhead = (b.perSecond() / c.perSecond() - 1) * 100;
        s.append(String.format(Locale.ROOT, "%nConcerto overhead (bare rate / Concerto rate - 1): %.0f %%"
                        + "   target: at most %.0f %% -> %s%n", overhead, TARGET_OVERHEAD_PERCENT,
                overhead <= TARGET_OVERHEAD_PERCENT ? "MET" : "NOT MET"));
        return s.toString();
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
