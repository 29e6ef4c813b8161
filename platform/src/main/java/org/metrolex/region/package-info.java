/**
 * Administrative divisions (GB/T 2260 codes): the province → city → county tree that scopes all
 * data. The tree ships with the product ({@code region/hebei_gbt2260_2024.csv}) and is loaded into
 * the database at start-up; lookups are answered from memory.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.metrolex.region;
