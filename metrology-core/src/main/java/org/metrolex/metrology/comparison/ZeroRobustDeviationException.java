package org.metrolex.metrology.comparison;

/**
 * Algorithm A cannot start: more than half of the values are identical, so the median absolute
 * deviation — and with it s* — is zero and no value could ever be winsorised (ISO 13528:2022 C.3.1
 * assumes s* &gt; 0). The organiser must choose another estimate of dispersion (e.g. σ_pt from fitness
 * for purpose, ISO 13528:2022 8.2) or examine the data (rounded reporting, copied results).
 */
public final class ZeroRobustDeviationException extends IllegalArgumentException {

    private final int identicalValues;

    public ZeroRobustDeviationException(int identicalValues, int participants, double median) {
        super("values: " + identicalValues + " of " + participants + " values equal the median " + median
                + ", so s* = 1.483·MAD = 0 and Algorithm A (ISO 13528 C.3.1) is undefined (超过半数结果相同, 稳健标准差 s* = 0, 无法使用算法A)");
        this.identicalValues = identicalValues;
    }

    public int identicalValues() {
        return identicalValues;
    }
}
