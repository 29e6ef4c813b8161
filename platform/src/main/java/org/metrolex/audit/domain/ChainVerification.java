package org.metrolex.audit.domain;

/**
 * Result of walking the chain: how many entries were checked and, if the chain is broken, the first
 * entry that does not verify and why.
 */
public record ChainVerification(long entriesChecked, boolean intact, Long firstBrokenId, String reasonZh, String reasonEn) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(checked, true, null, null, null);
    }

    public static ChainVerification broken(long checked, long id, String zh, String en) {
        return new ChainVerification(checked, false, id, zh, en);
    }
}
