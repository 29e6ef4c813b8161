package org.metrolex.instrument.persistence;

/** Search criteria for instruments: a keyword (maker, model or serial number), a category, a status. */
public record InstrumentQuery(String keyword, String categoryCode, String status) {

    public static InstrumentQuery all() {
        return new InstrumentQuery(null, null, null);
    }
}
