package org.metrolex.verification.domain;

import java.util.List;

/** The outcome of a {@link LegitimacyCheck}: every defect found, blocking ones and warnings. */
public record Legitimacy(List<Defect> defects) {

    public Legitimacy {
        defects = List.copyOf(defects);
    }

    /** True when no defect blocks issue; warnings may remain and are printed with the certificate. */
    public boolean issuable() {
        return defects.stream().noneMatch(Defect::blocking);
    }

    public List<Defect> blocking() {
        return defects.stream().filter(Defect::blocking).toList();
    }

    public List<Defect> warnings() {
        return defects.stream().filter(d -> !d.blocking()).toList();
    }
}
