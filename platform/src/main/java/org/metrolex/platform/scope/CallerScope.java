package org.metrolex.platform.scope;

/**
 * The data scope of whoever is calling now. The identity module implements it from the logged-in
 * principal; modules that identity itself depends on (party) ask this instead of identity, so that
 * the dependency runs one way (ADR 0025).
 */
public interface CallerScope {

    DataScope scope();
}
