/**
 * Accounts, roles and data scope. An officer sees the data of its region and the regions below it,
 * institution staff and enterprise users see only their own organisation, the public only what is
 * public. Scope is carried by {@link org.metrolex.platform.scope.DataScope}, which every repository read
 * method takes as an argument, so no read path can forget it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"region", "region :: domain", "party", "party :: domain", "audit", "platform"})
package org.metrolex.identity;
