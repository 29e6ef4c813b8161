package org.metrolex.licensing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.metrolex.audit.AuditTrail;
import org.metrolex.licensing.domain.Dossier;
import org.metrolex.licensing.domain.LicenceDocument;
import org.metrolex.licensing.domain.StoredProcedure;
import org.metrolex.licensing.domain.UploadCheck;
import org.metrolex.licensing.persistence.LicenceDocuments;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.validation.FieldLimits;
import org.metrolex.platform.web.FileNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant uploads one document: its type is judged by content, its size bounded, and the scan hook run. */
@Service
public class UploadingDocument {

    private final ApplicationFiles files;
    private final LicenceDocuments documents;
    private final LicensingQueries queries;
    private final DocumentScanner scanner;
    private final AuditTrail audit;

    UploadingDocument(ApplicationFiles files, LicenceDocuments documents, LicensingQueries queries, DocumentScanner scanner,
                      AuditTrail audit) {
        this.files = files;
        this.documents = documents;
        this.queries = queries;
        this.scanner = scanner;
        this.audit = audit;
    }

    @Transactional
    public LicenceDocument upload(DataScope scope, long id, String requirement, String fileName, byte[] content) {
        // the name comes from the client's Content-Disposition: a NUL or a 300-character name is refused here, for
        // every way a file arrives, before it reaches the scanner, the database or a download header
        FieldLimits.text("fileName", fileName).ifPresent(e -> {
            throw new RuleViolation(400, List.of(e));
        });
        Dossier d = files.require(scope, id);
        if (!ApplicationFiles.isApplicant(scope, d)) {
            throw Refusals.forbidden("只有申请人可以上传申请材料", "only the applicant may upload documents");
        }
        StoredProcedure sp = files.procedureOf(d);
        if (files.replay(d, sp).status().closed()) {
            throw new RuleViolation(409, List.of(new FieldError("status", "open", "申请已办结，不能再上传材料",
                    "the application is closed; no more documents can be uploaded")));
        }
        String req = requirement == null ? "" : requirement.strip();
        if (!req.equals("supplement") && sp.procedure().documents().stream().noneMatch(r -> r.code().equals(req))) {
            throw new RuleViolation("requirement", "listed", "材料类别须为本程序所列材料之一或“补正材料”",
                    "the document kind must be one the procedure lists, or a supplement");
        }
        String type = Refusals.enforce(() -> UploadCheck.check(content, queries.maxUploadBytes()));
        DocumentScanner.Result scan = scanner.scan(fileName, content);
        if (scan.status() == LicenceDocument.ScanStatus.INFECTED) {
            throw new RuleViolation("file", "virus-free", "病毒扫描未通过：" + scan.note(), "the virus scan refused the file: " + scan.note());
        }
        // the name is shown on pages and sent back in Content-Disposition: its base name in safe characters only
        String name = FileNames.safe(fileName, "document");
        long docId = documents.insert(id, req, name, type, content, sha256(content), scan.status(), scan.note(), scope.username());
        LicenceDocument stored = documents.findByApplication(scope, id).stream().filter(x -> x.id() == docId).findFirst().orElseThrow();
        audit.record("licence-application.upload", "licence-application", id, null, stored);
        return stored;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
