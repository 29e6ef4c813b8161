package org.metrolex.verification.web;

import org.metrolex.instrument.domain.Instrument;

/** One instrument the booking page lists, with its category's names. */
public record BookableInstrument(Instrument instrument, String categoryZh, String categoryEn) {
}
