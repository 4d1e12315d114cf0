package ca.concerto.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {

    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator();

    @Test
    void idsAreVersion7UuidsCarryingTheirMillisecond() {
        long before = System.currentTimeMillis();
        String id = ids.getNextId();
        long after = System.currentTimeMillis();
        UUID uuid = UUID.fromString(id);
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant(), "the IETF variant");
        assertEquals(36, id.length(), "fits the engine's ID_ columns (64 characters)");
        long millis = uuid.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " not in [" + before + ", " + after + "]");
    }

    @Test
    void aLaterMillisecondSortsAfter() throws InterruptedException {
        String first = ids.getNextId();
        Thread.sleep(2);
        String second = ids.getNextId();
        assertTrue(first.compareTo(second) < 0, first + " then " + second);
    }

    @Test
    void manyThreadsGetNoIdTwice() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 25_000; i++) {
                        seen.add(ids.getNextId());
                    }
                }));
            }
            for (Future<?> w : work) {
                w.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(200_000, seen.size());
    }
}
