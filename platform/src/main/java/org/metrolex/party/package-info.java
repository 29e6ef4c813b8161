/**
 * Parties of legal metrology: enterprises (market entities identified by the unified social credit
 * code, GB 32100-2015), legal verification institutions with their metrological authorisation scopes
 * (计量授权, Metrology Law art. 20), and people — inspectors and verifiers — with their qualification
 * certificates. Reads are scoped by {@link org.metrolex.platform.scope.DataScope} (the caller's through
 * {@link org.metrolex.platform.scope.CallerScope}, so that party does not depend on identity); every change is audited.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"region", "region :: domain", "audit", "platform"})
package org.metrolex.party;
