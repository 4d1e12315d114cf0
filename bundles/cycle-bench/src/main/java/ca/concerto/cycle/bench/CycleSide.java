package ca.concerto.cycle.bench;

/** One side of the comparison: runs complete plan cycles, one at a time. */
public interface CycleSide extends AutoCloseable {

    String name();

    /**
     * Runs one complete cycle, from launch to the closed cycle (this is what is timed).
     *
     * @return the checks that the cycle ended as it should, run after the timing
     */
    Runnable runCycle(int index);
}
