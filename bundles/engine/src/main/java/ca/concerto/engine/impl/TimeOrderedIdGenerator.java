package ca.concerto.engine.impl;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

import org.operaton.bpm.engine.impl.cfg.IdGenerator;

/**
 * The engine's ids as time-ordered UUIDs (RFC 9562 version 7: milliseconds since the epoch, then
 * 74 random bits), made in memory.
 *
 * <p>The engine's default generator hands out numbers from a row of {@code ACT_GE_PROPERTY}: when its
 * block runs out, the thread holding its lock fetches the next block in a transaction of its own, on
 * a second connection. With every connection of the pool held by commands that wait on that lock for
 * an id, the fetch waits for a connection that none will give back until the pool's timeout fails
 * them: a burst of board decisions stalled that way. Two nodes on one database also raced for that
 * row. Random ids need neither; their time prefix keeps new rows together at the end of the indexes.
 */
final class TimeOrderedIdGenerator implements IdGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String getNextId() {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        // 48 bits of milliseconds, the version (7), 12 random bits
        long mostSignificant = (System.currentTimeMillis() << 16) | 0x7000L
                | (bits[0] & 0x0fL) << 8 | (bits[1] & 0xffL);
        // the variant (binary 10), 62 random bits
        long leastSignificant = (ByteBuffer.wrap(bits, 2, 8).getLong() & 0x3fff_ffff_ffff_ffffL)
                | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
