/** Instrument records, drafts and the pure catalogue rules, returned and accepted by {@link org.metrolex.instrument.InstrumentManagement}. */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.instrument.domain;
