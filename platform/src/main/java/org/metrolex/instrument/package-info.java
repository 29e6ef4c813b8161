/**
 * Measuring instruments under mandatory verification (强制检定, Metrology Law art. 9): the catalogue of
 * categories as data (SAMR 2020年第42号 目录: supervision mode, verification mode, interval or service
 * life, governing regulation, with the source of each figure), the registry of instruments that owners
 * file (备案) with a QR identity for the public check, and a minimal registry of measurement standards.
 * Reads are scoped by {@link org.metrolex.platform.scope.DataScope}; every change is audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"region", "region :: domain", "identity", "party",
        "party :: domain", "audit", "platform"})
package org.metrolex.instrument;
