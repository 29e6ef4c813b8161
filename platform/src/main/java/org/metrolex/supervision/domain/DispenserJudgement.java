package org.metrolex.supervision.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.metrolex.metrology.conformity.Conformity;
import org.metrolex.metrology.conformity.ConformityDecision;
import org.metrolex.metrology.conformity.FuelDispenserReadings;
import org.metrolex.metrology.mpe.VerificationKind;
import org.metrolex.metrology.rules.RuleBook;

/**
 * Judges the dispensers of a gas-station inspection by the rules library: each dispenser's run under
 * JJG 443, edition in force on the inspection date, MPE from {@code metrology-core} (never computed here).
 * A dispenser out of tolerance is a finding.
 *
 * <p>The run is judged as a subsequent verification ({@link VerificationKind#SUBSEQUENT}): in the seed's
 * campaigns the dispensers are measured on site by the accompanying legal verification institution with
 * its standard metal measure. The in-service-inspection MPE of JJG 443-2023 is not obtained in the rules
 * library (it refuses it), so it is not used in its place.
 */
public final class DispenserJudgement {

    public record Judged(DispenserCheck check, ConformityDecision decision) {
    }

    private final Conformity conformity;

    public DispenserJudgement(RuleBook rules) {
        this.conformity = Conformity.using(rules);
    }

    public List<Judged> judge(List<DispenserCheck> checks, LocalDate inspectedOn) {
        List<Judged> out = new ArrayList<>();
        for (DispenserCheck c : checks) {
            var readings = new FuelDispenserReadings(VerificationKind.SUBSEQUENT,
                    List.of(new FuelDispenserReadings.Run("Q", c.indicated(), c.standard(), false)));
            out.add(new Judged(c, conformity.decide(readings, inspectedOn)));
        }
        return out;
    }

    public static List<FindingDraft> findings(List<Judged> judged) {
        List<FindingDraft> f = new ArrayList<>();
        for (Judged j : judged) {
            if (!j.decision().conforming()) {
                String edition = j.decision().editionsUsed().isEmpty() ? "JJG 443" : j.decision().editionsUsed().get(0).regulation() + " " + j.decision().editionsUsed().get(0).clause();
                f.add(new FindingDraft(FindingKind.OUT_OF_TOLERANCE, "加油机 " + j.check().dispenser() + " 示值误差超出最大允许误差（"
                        + edition + (j.decision().anyUnverified() ? "，规则值未经核实" : "") + "）：V_J = " + j.check().indicated()
                        + " L，V_s = " + j.check().standard() + " L"));
            }
        }
        return f;
    }
}
