/**
 * The front door: the workspace home page for logged-in users (figures of their own scope) and the
 * public site — pages and a public API that expose only public fields.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "party", "party :: domain", "region", "platform", "verification", "instrument :: domain"})
package org.metrolex.portal;
