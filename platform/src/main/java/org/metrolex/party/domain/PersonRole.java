package org.metrolex.party.domain;

/** Inspectors (bureau enforcement staff) and verifiers (检定员 of an institution). */
public enum PersonRole {
    INSPECTOR, VERIFIER
}
