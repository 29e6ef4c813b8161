package org.metrolex.comparison.domain;

public enum HandoverKind {
    SENT, RECEIVED
}
