package org.metrolex.verification.ingest;

import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.verification.domain.CertificateKind;
import org.metrolex.verification.domain.CertificateNumber;
import org.metrolex.verification.domain.VerificationStatus;
import org.metrolex.verification.ingest.BulkChunk.Accepted;
import org.metrolex.verification.ingest.BulkChunk.Rejected;
import org.metrolex.verification.ingest.persistence.CopySink;

/**
 * The writer side of one batch (on its own thread): ids and numbers for each chunk, then COPY into the verification,
 * standard, certificate and error tables. Written by the writer thread only; the request thread reads the volatile
 * results after the last chunk.
 */
final class ChunkWriter {

    private final long batchId;
    private final long institutionId;
    private final int year;
    private final String code;
    /** When the batch was booked and its certificates issued: one instant for the whole batch, from the clock. */
    private final String issuedAt;
    private final long ruleBookRevision;
    volatile String firstNumber;
    volatile String lastNumber;
    /** Smallest and largest verification id allocated (0 while none). */
    volatile long firstVerificationId;
    volatile long lastVerificationId;

    ChunkWriter(long batchId, long institutionId, int year, String code, String issuedAt, long ruleBookRevision) {
        this.batchId = batchId;
        this.institutionId = institutionId;
        this.year = year;
        this.code = code;
        this.issuedAt = issuedAt;
        this.ruleBookRevision = ruleBookRevision;
    }

    void write(CopySink sink, BulkChunk chunk) {
        int n = chunk.accepted().size();
        if (n > 0) {
            long[] ids = sink.verificationIds(n);
            for (long id : ids) {
                if (firstVerificationId == 0 || id < firstVerificationId) {
                    firstVerificationId = id;
                }
                lastVerificationId = Math.max(lastVerificationId, id);
            }
            long first = sink.certificateRange(institutionId, year, n);
            StringBuilder v = new StringBuilder(n * 512);
            StringBuilder c = new StringBuilder(n * 96);
            StringBuilder s = new StringBuilder(n * 24);
            for (int i = 0; i < n; i++) {
                Accepted a = chunk.accepted().get(i);
                String number = new CertificateNumber(code, year, first + i).format();
                verification(v, ids[i], a);
                certificate(c, ids[i], number, a);
                for (Long sid : a.standardIds()) {
                    s.append(ids[i]).append('\t').append(sid).append('\n');
                }
                if (firstNumber == null) {
                    firstNumber = number;
                }
                lastNumber = number;
            }
            byte[] vb = CopySink.utf8(v);
            sink.verifications(vb, vb.length);
            byte[] sb = CopySink.utf8(s);
            sink.standards(sb, sb.length);
            byte[] cb = CopySink.utf8(c);
            sink.certificates(cb, cb.length);
        }
        if (!chunk.rejected().isEmpty()) {
            errors(sink, chunk);
        }
    }

    private void verification(StringBuilder v, long id, Accepted a) {
        v.append(id).append('\t').append(a.instrumentId()).append('\t').append(institutionId).append('\t')
                .append(a.ownerEnterpriseId()).append('\t');
        CopySink.text(v, a.regionCode());
        v.append('\t').append(a.conforming() ? VerificationStatus.CERTIFIED.name() : VerificationStatus.NON_CONFORMING.name())
                .append('\t').append(a.verificationDate()).append('\t').append(a.verifierId()).append('\t');
        CopySink.text(v, a.readingsJson());
        v.append('\t').append(a.conforming() ? 't' : 'f').append('\t').append(a.anyUnverified() ? 't' : 'f').append('\t');
        CopySink.text(v, a.editions());
        v.append('\t').append(a.feeYuan() == null ? "\\N" : a.feeYuan().toPlainString()).append('\t')
                .append(a.feeWaived() ? 't' : 'f').append('\t').append(batchId).append('\t').append(issuedAt).append('\t')
                .append(ruleBookRevision).append('\t');
        CopySink.text(v, a.standInEditions());
        v.append('\t').append(a.checkerId() == null ? "\\N" : a.checkerId().toString())
                .append('\t').append(a.approverId() == null ? "\\N" : a.approverId().toString());
        v.append('\n');
    }

    private void certificate(StringBuilder c, long id, String number, Accepted a) {
        c.append(id).append('\t').append(number).append('\t').append(institutionId).append('\t')
                .append(a.conforming() ? CertificateKind.CERTIFICATE.name() : CertificateKind.NON_CONFORMITY_NOTICE.name())
                .append('\t').append(a.validUntil() == null ? "\\N" : a.validUntil().toString())
                .append('\t').append(a.nextDue() == null ? "\\N" : a.nextDue().toString())
                .append('\t').append(issuedAt).append('\n');
    }

    private void errors(CopySink sink, BulkChunk chunk) {
        StringBuilder e = new StringBuilder(chunk.rejected().size() * 160);
        for (Rejected r : chunk.rejected()) {
            for (FieldError f : r.errors()) {
                e.append(batchId).append('\t').append(r.line()).append('\t');
                CopySink.text(e, f.field());
                e.append('\t');
                CopySink.text(e, f.rule());
                e.append('\t');
                CopySink.text(e, f.messageZh());
                e.append('\t');
                CopySink.text(e, f.messageEn());
                e.append('\n');
            }
        }
        byte[] eb = CopySink.utf8(e);
        sink.errors(eb, eb.length);
    }
}
