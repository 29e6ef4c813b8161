/**
 * Append-only, tamper-evident record of every change: who, when, what, and the values before and
 * after, written in the same transaction as the change. Entries are hash-chained (each hash covers
 * the previous one), so a changed, removed or reordered entry is found by {@link AuditTrail#verify()}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.metrolex.audit;
