package org.metrolex.supervision.domain;

/** One thing wrong with an entered form: the field, the rule, and the message in Chinese and English. */
public record FormProblem(String field, String rule, String zh, String en) {
}
