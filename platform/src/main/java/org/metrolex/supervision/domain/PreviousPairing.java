package org.metrolex.supervision.domain;

/** An inspector who inspected a target in the target's most recent earlier draw ("never twice in a row"). */
public record PreviousPairing(String targetId, String inspectorId) {

    public PreviousPairing {
        targetId = DrawDocument.requireToken("previous.targetId", targetId);
        inspectorId = DrawDocument.requireToken("previous.inspectorId", inspectorId);
    }
}
