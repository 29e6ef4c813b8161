package org.metrolex.prepackaged.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.metrology.prepackage.LotDecision;
import org.metrolex.prepackaged.Lot;
import org.metrolex.prepackaged.domain.PackageReading;
import org.metrolex.prepackaged.domain.TareMode;

/**
 * Everything the inspection report prints, taken from the stored lot and the decision metrology-core
 * computed from its readings (never recomputed here).
 */
public record LotReport(long lotId, String producerName, String producerCreditCode, String regionName, String productName,
                        String brand, String batchNo, String nominal, int lotSize, int sampleSize, long seed,
                        List<Integer> sampleNumbers, LocalDate inspectionDate, String inspectorName, TareMode tareMode,
                        BigDecimal averageTare, String statedUnit, String baseUnit, BigDecimal tolerableShortfall,
                        BigDecimal lambda, int allowedT1, int allowedT2, List<Row> rows, BigDecimal mean,
                        BigDecimal standardDeviation, BigDecimal meanLimit, int t1Count, int t2Count, List<String> reasonsZh,
                        boolean accepted, List<Edition> editions) {

    /** One tested package: readings in the stated unit, d in the base unit. */
    public record Row(int packageNumber, BigDecimal gross, BigDecimal tare, BigDecimal net, BigDecimal shortfall,
                      LotDecision.Defect defect) {
    }

    public record Edition(String citation, boolean verified) {
    }

    public static LotReport of(Lot lot, String regionName, LotDecision d) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < d.packages().size(); i++) {
            PackageReading r = lot.readings().get(i);
            LotDecision.PackageResult p = d.packages().get(i);
            rows.add(new Row(r.packageNumber(), r.gross(), r.tare(), r.net(), p.shortfall(), p.defect()));
        }
        // a stand-in (ADR 0018) is named in plain words, Chinese first; the two JJF 1070 tables give one line
        List<Edition> editions = d.editions().stream().map(e -> new Edition(
                e.isStandIn() ? e.citationZh() + " / " + e.citation() : e.regulation() + " " + e.clause(), e.verified())).distinct().toList();
        return new LotReport(lot.id(), lot.producerName(), lot.producerCreditCode(), regionName, lot.productName(), lot.brand(),
                lot.batchNo(), lot.nominal(), lot.lotSize(), lot.sampleSize(), lot.sampleSeed(), lot.sampleNumbers(),
                lot.inspectionDate(), lot.inspectorName(), lot.tareMode(), lot.averageTare(), lot.nominalUnit(),
                d.nominal().baseUnit(), d.tolerableShortfall().value(), d.plan().lambda(), d.plan().allowedT1(),
                d.plan().allowedT2(), List.copyOf(rows), d.mean(), d.standardDeviation(), d.meanLimit(), d.t1Count(),
                d.t2Count(), d.criteria().stream().map(LotDecision.Criterion::reasonZh).toList(), d.accepted(), editions);
    }
}
