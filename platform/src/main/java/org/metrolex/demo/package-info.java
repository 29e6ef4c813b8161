/**
 * The demo province: on the first start on an empty database, fills the registries with fictitious
 * Hebei enterprises, institutions, people, the instruments the enterprises file and one account per role, so a new user can try every page.
 * Turned off by {@code app.demo-data.enabled=false}. Names and credit codes are made up (the codes
 * carry valid GB 32100 check characters); any likeness to a real entity is chance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"region", "region :: domain", "identity", "party", "party :: domain", "instrument", "instrument :: domain", "verification", "verification :: domain", "supervision", "supervision :: domain", "audit", "platform"})
package org.metrolex.demo;
