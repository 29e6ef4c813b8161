/**
 * Verifications of measuring instruments: records built from raw readings, the conformity decision
 * computed by {@code metrology-core} (never typed in), certificates with sequential numbers and next
 * due dates, and the legitimacy checks that refuse a defective certificate at issue and find defective
 * ones among certificates already issued (the seed's spot check: 617 of 672 certificates defective).
 * Institutions' authorisations (计量法 第二十条) and verifiers' qualifications come from {@code party},
 * region ancestry from {@code region}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"instrument", "instrument :: domain", "party",
        "party :: domain", "region", "region :: domain", "identity", "audit", "platform", "rules"})
package org.metrolex.verification;
