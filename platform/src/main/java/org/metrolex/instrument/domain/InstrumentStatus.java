package org.metrolex.instrument.domain;

/** Where a filed instrument stands. A scrapped instrument stays in the registry but never comes back. */
public enum InstrumentStatus {
    ACTIVE, SUSPENDED, SCRAPPED;

    /** The business verbs that move an instrument between states. */
    public enum Change { SUSPEND, SCRAP, REACTIVATE }

    /** The state after {@code change}, or null if the change is not allowed from this state. */
    public InstrumentStatus after(Change change) {
        return switch (change) {
            case SUSPEND -> this == ACTIVE ? SUSPENDED : null;
            case REACTIVATE -> this == SUSPENDED ? ACTIVE : null;
            case SCRAP -> this == SCRAPPED ? null : SCRAPPED;
        };
    }
}
