package org.metrolex.instrument.web;

/** A choice in a select of an instrument page: value and label. */
public record SelectOption(String value, String label) {
}
