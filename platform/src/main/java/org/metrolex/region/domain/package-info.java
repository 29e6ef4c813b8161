/** Region values that other modules may use: {@link org.metrolex.region.domain.Region} and its level. */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.region.domain;
