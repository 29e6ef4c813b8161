/**
 * Technical foundation shared by every business module: the database (embedded or external
 * PostgreSQL), web layout and error handling, message bundles. It holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.metrolex.platform;
