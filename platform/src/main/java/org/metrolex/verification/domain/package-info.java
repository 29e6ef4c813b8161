/**
 * The pure domain of verification: certificate drafts, the legitimacy check at issue, the audit of
 * issued certificates, certificate numbers and next due dates. No framework here (ArchitectureTests).
 */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.verification.domain;
