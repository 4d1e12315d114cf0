package ca.concerto.plan.bench;

import java.util.concurrent.TimeUnit;

import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.PlanDocument;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interchange service ({@link PlanInterchangeImpl}, as the platform runs it) on a generated plan
 * of 2,000 actions: JSON export (write), JSON import (read, with every check), fingerprint
 * (canonical form + SHA-256) and the diff of two versions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class InterchangeBenchmark {

    @Param("2000")
    int actions;

    PlanInterchange interchange;
    PlanDocument plan;
    PlanDocument revised;
    String json;

    @Setup
    public void setUp() throws InvalidPlanFileException {
        interchange = new PlanInterchangeImpl();
        plan = GeneratedPlans.plan(actions);
        revised = GeneratedPlans.revised(plan, 20);
        json = interchange.write(plan);
        if (!interchange.fingerprint(interchange.read(json)).equals(interchange.fingerprint(plan))) {
            throw new IllegalStateException("the generated plan does not survive a round trip");
        }
        if (GeneratedPlans.actions(plan) != actions) {
            throw new IllegalStateException("generated " + GeneratedPlans.actions(plan) + " actions");
        }
    }

    /** JSON export: the pretty interchange file. */
    @Benchmark
    public String jsonExport() {
        return interchange.write(plan);
    }

    /** JSON import: parse and check a file into a document. */
    @Benchmark
    public PlanDocument jsonImport() throws InvalidPlanFileException {
        return interchange.read(json);
    }

    @Benchmark
    public String fingerprint() {
        return interchange.fingerprint(plan);
    }

    /** Diff of two versions (20 reworded, 20 added, 20 removed, orientations swapped). */
    @Benchmark
    public PlanDiff diff() {
        return interchange.diff(plan, revised);
    }
}
