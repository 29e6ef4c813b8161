/**
 * The shared kernel of data scope: {@link org.metrolex.platform.scope.DataScope} (what one caller may
 * read, applied by every repository read), the {@link org.metrolex.platform.scope.Role}s it is built
 * from, and {@link org.metrolex.platform.scope.CallerScope}. Kept out of identity so that any module,
 * identity's own dependencies included, can take a scope (ADR 0025).
 */
package org.metrolex.platform.scope;
