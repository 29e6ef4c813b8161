package org.metrolex.rules.domain;

/** How far an edition's values can be trusted, as users see it next to every edition. */
public enum EditionStatus {
    /** Every value read in the official text. */
    VERIFIED,
    /** Values not (all) read in the official text: decisions are cited as unverified. */
    UNVERIFIED,
    /** The edition in force whose own values were not obtained; another edition's values decide in its place. */
    STAND_IN
}
