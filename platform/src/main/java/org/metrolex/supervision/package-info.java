/**
 * Supervision (监督抽查, 双随机一公开): spot-check campaigns with a verifiable random draw of targets and
 * inspectors (docs/random-draw.md), inspections with a form per campaign type, findings, rectification
 * orders counted in working days by {@code calendar} with their overdue follow-up (ADR 0016), cases, results
 * published on the public site, statistics per campaign and region. Gas-station dispensers are judged by {@code metrology-core}; eyeglass shops' overdue instruments come from
 * {@code verification}; every finding is published as {@link org.metrolex.supervision.FindingRecorded}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"party", "party :: domain", "region", "region :: domain",
        "verification", "verification :: domain", "identity", "audit", "platform", "calendar", "calendar :: domain", "rules"})
package org.metrolex.supervision;
