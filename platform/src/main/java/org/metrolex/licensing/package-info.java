/**
 * Administrative licensing of legal metrology (行政许可, 《行政许可法》): type approval (型式批准),
 * authorisation of legal verification institutions (计量授权) and measurement standard approval
 * (计量标准核准/考核). Procedures are configuration (limits per step and overall in working days,
 * required documents, approval by commitment 告知承诺), versioned in the database; applications keep
 * the version they started under. Clocks come from {@code calendar}; a grant writes through to
 * {@code party} (authorisation scope) or {@code instrument} (assessment certificate of a standard).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"calendar", "calendar :: domain", "party",
        "party :: domain", "instrument", "instrument :: domain", "region", "region :: domain", "identity", "audit", "platform"})
package org.metrolex.licensing;
