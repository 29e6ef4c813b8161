package org.metrolex.verification.web;

/** One choice of a select on a page: the value sent and the label shown. */
public record Choice(String value, String label) {
}
