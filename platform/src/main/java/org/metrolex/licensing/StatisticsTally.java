package org.metrolex.licensing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metrolex.licensing.domain.ClockFactory;
import org.metrolex.licensing.domain.LicenceApplication;
import org.metrolex.licensing.domain.StepClock;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.licensing.domain.Timeline;

/** One row of the licensing statistics (a procedure or a city), added up application by application. */
final class StatisticsTally {
    final String key;
    final String zh;
    final String en;
    long accepted;
    long completed;
    long onTime;
    long daysSum;
    final Map<String, long[]> steps = new LinkedHashMap<>();

    StatisticsTally(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    void add(LicenceApplication app, LocalDate from, LocalDate to, ClockFactory clocks) {
        app.acceptedOn().filter(a -> !a.isBefore(from) && !a.isAfter(to)).ifPresent(a -> accepted++);
        LocalDate done = app.completedOn();
        Timeline tl = null;
        if (done != null && !done.isBefore(from) && !done.isAfter(to)) {
            completed++;
            if (app.completedOnTime(clocks).orElse(false)) {
                onTime++;
            }
            tl = app.timeline(clocks, to);
            daysSum += tl.overall() == null ? 0 : tl.overall().daysUsed();
        }
        if (app.events().isEmpty()) {
            return;
        }
        if (tl == null) {
            tl = app.timeline(clocks, to.isBefore(app.last().on()) ? app.last().on() : to);
        }
        for (StepClock s : tl.steps()) {
            if (s.ended() != null && !s.ended().isBefore(from) && !s.ended().isAfter(to)) {
                long[] v = steps.computeIfAbsent(s.step().kind().name(), k -> new long[2]);
                v[0] += s.status().daysUsed();
                v[1]++;
            }
        }
    }

    LicensingStatistics.Row row() {
        Map<String, BigDecimal> avg = new LinkedHashMap<>();
        for (StepKind k : StepKind.values()) {
            long[] v = steps.get(k.name());
            if (v != null && v[1] > 0) {
                avg.put(k.name(), average(v[0], v[1]));
            }
        }
        return new LicensingStatistics.Row(key, zh, en, accepted, completed, onTime,
                completed == 0 ? null : average(daysSum, completed), avg);
    }

    /** GB/T 8170: one decimal, round half to even. */
    private static BigDecimal average(long sum, long n) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_EVEN);
    }
}
