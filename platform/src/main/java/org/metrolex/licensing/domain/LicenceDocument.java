package org.metrolex.licensing.domain;

import java.time.OffsetDateTime;

/** An uploaded document (content kept apart). {@code contentType} comes from the file's magic bytes. */
public record LicenceDocument(long id, long applicationId, String requirement, String fileName, String contentType,
                              long sizeBytes, String sha256, ScanStatus scanStatus, String scanNote,
                              OffsetDateTime uploadedAt, String uploadedBy) {

    public enum ScanStatus { NOT_SCANNED, CLEAN, INFECTED }
}
