package ca.concerto.plan.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.store.impl.BenchStore;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The real plan store ({@code PlanDocumentServiceImpl} on EclipseLink, on H2 in memory and on PostgreSQL) with the real
 * interchange service, on a generated plan of 2,000 actions: save (import as a new plan, version 1),
 * load (the working document), and the diff of two recorded versions (both versions loaded from the
 * store, then compared). Each operation is timed alone (single shot): every save adds a plan, so the
 * number of saves is kept small.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class StoreBenchmark {

    static final String REGROUPEMENT = "bench-regroupement";

    @Param("2000")
    int actions;

    /** h2 (in memory, the platform's default database) or postgresql (a fresh schema, dropped after). */
    @Param({"h2", "postgresql"})
    String database;

    PlanInterchange interchange;
    BenchStore store;
    PlanDocumentService documents;
    PlanDocument plan;
    long planId;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        interchange = new PlanInterchangeImpl();
        store = new BenchStore(database, interchange);
        documents = store.documents;
        plan = GeneratedPlans.plan(actions);
        planId = documents.importDocument(REGROUPEMENT, plan, "bench").id();
        // version 2: 20 actions reworded through the editing API, as people do
        Map<String, Long> revisions = documents.itemRevisions(REGROUPEMENT, planId);
        List<PlanItem> items = plan.allItems().stream().filter(i -> i.action() != null).toList();
        for (int i = 0; i < 20; i++) {
            PlanItem item = items.get(i * (items.size() / 20));
            documents.updateItem(REGROUPEMENT, planId, item.key(), revisions.get(item.key()),
                    item.withTitle(item.title() + " (révisé)"), "bench");
        }
        documents.recordVersion(REGROUPEMENT, planId, "bench", "20 actions révisées");
        PlanDiff check = diffOfTwoVersions();
        if (check.changed().size() != 20) {
            throw new IllegalStateException("expected 20 changed items, got " + check.changed().size());
        }
        if (!interchange.fingerprint(load()).equals(documents.versions(REGROUPEMENT, planId).get(1).fingerprint())) {
            throw new IllegalStateException("the working document is not version 2");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        store.close();
    }

    /** Save: the 2,000-action document stored as a new plan and recorded as its version 1. */
    @Benchmark
    public PlanSummary save() {
        return documents.importDocument(REGROUPEMENT, plan, "bench");
    }

    /** Load: the plan's working document from its rows. */
    @Benchmark
    public PlanDocument load() {
        return documents.document(REGROUPEMENT, planId).orElseThrow();
    }

    /** Diff of two versions: both read from the store, then compared. */
    @Benchmark
    public PlanDiff diffOfTwoVersions() {
        PlanDocument v1 = documents.versionDocument(REGROUPEMENT, planId, 1).orElseThrow();
        PlanDocument v2 = documents.versionDocument(REGROUPEMENT, planId, 2).orElseThrow();
        return interchange.diff(v1, v2);
    }
}
