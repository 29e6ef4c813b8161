/** Licensing values and rules with no framework: procedures, the application state machine, its clocks. */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.licensing.domain;
