package org.metrolex.metrology.conformity;

/** One reason of a decision, with a stable code and the text in Chinese and English. */
public record Reason(String code, String zh, String en) {
}
