package org.metrolex.licensing.persistence;

import java.util.List;
import java.util.Optional;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.platform.scope.DataScope;

/** Uploaded documents; read only together with an application the caller may see. */
public interface LicenceDocuments {

    long insert(long applicationId, String requirement, String fileName, String contentType, byte[] content, String sha256,
                LicenceDocument.ScanStatus scan, String scanNote, String actor);

    List<LicenceDocument> findByApplication(DataScope scope, long applicationId);

    Optional<byte[]> findContent(DataScope scope, long applicationId, long documentId);
}
