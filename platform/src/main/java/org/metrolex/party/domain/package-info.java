/** Party records and drafts, returned and accepted by {@link org.metrolex.party.PartyManagement}. */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.party.domain;
