package org.metrolex.instrument.web;

import org.metrolex.instrument.domain.Instrument;

/** One row of the instrument list, with the names the page shows. */
public record InstrumentRow(Instrument instrument, String categoryName, String ownerName, String regionName) {
}
