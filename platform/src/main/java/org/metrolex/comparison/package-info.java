/**
 * Inter-laboratory comparison rounds (计量比对, JJF 1117): a round is planned with its points, pilot laboratory,
 * circulation schedule in working days and evaluation method; institutions are enrolled; the artefact circulates
 * with every hand-over recorded and lateness flagged; results are submitted blind until the deadline and closed.
 * Also the record of the province's participation in national comparisons.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"party", "party :: domain", "region",
        "region :: domain", "calendar", "calendar :: domain", "rules", "supervision", "identity", "audit", "platform"})
package org.metrolex.comparison;
