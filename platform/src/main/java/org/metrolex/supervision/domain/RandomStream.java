package org.metrolex.supervision.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Deterministic random numbers from the seed, bound to the published document and to one purpose:
 * block k = HMAC-SHA256(key = seed bytes, message = documentHash ‖ UTF-8(label) ‖ 0x00 ‖ uint64be(k)),
 * k = 0, 1, 2 …; the blocks are read 8 bytes at a time as unsigned big-endian 64-bit numbers.
 * {@link #below(int)} uses rejection sampling, so every index is exactly equally likely (no modulo bias).
 */
final class RandomStream {

    private final Mac mac;
    private final byte[] prefix;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    RandomStream(Seed seed, byte[] documentHash, String label) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.bytes(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        prefix = ByteBuffer.allocate(documentHash.length + l.length + 1).put(documentHash).put(l).put((byte) 0).array();
    }

    /** The next unsigned 64-bit number, as a long whose bits are those of the number. */
    long nextLong() {
        if (block.remaining() < Long.BYTES) {
            mac.update(prefix);
            block = ByteBuffer.wrap(mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array()));
        }
        return block.getLong();
    }

    /**
     * A uniform integer in [0, bound): take x; accept it if x &lt; 2^64 − (2^64 mod bound), i.e. below the
     * largest multiple of bound; then return x mod bound. Otherwise take the next x.
     */
    int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long b = bound;
        // 2^64 mod b, computed in unsigned arithmetic: (2^64 − b) mod b == 2^64 mod b.
        long rest = Long.remainderUnsigned(-b, b);
        long limit = -rest; // 2^64 − rest as unsigned; 0 means "no rejection" (rest == 0)
        while (true) {
            long x = nextLong();
            if (rest == 0 || Long.compareUnsigned(x, limit) < 0) {
                return (int) Long.remainderUnsigned(x, b);
            }
        }
    }
}
