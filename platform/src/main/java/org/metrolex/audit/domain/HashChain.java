package org.metrolex.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an entry: SHA-256 over the previous entry's hash and every field of this one, each
 * length-prefixed so that no two different entries serialise alike. The first entry's previous hash
 * is {@link #GENESIS}.
 */
public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hash(String prevHash, Instant occurredAt, String actor, String action,
                              String entityType, String entityId, String beforeJson, String afterJson) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {prevHash, occurredAt.toString(), actor, action, entityType, entityId,
                beforeJson, afterJson}) {
            if (part == null) {
                sb.append("-1:");
            } else {
                sb.append(part.length()).append(':').append(part);
            }
            sb.append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.prevHash(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                e.beforeJson(), e.afterJson());
    }
}
