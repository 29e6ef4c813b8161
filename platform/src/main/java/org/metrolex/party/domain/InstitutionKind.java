package org.metrolex.party.domain;

/**
 * Metrology Law art. 20: the bureau may set up a legal verification institution itself (STATUTORY)
 * or authorise another body's technical institution to verify (AUTHORIZED).
 */
public enum InstitutionKind {
    STATUTORY, AUTHORIZED
}
