package org.metrolex.platform.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes for the public check URLs printed on certificates and instrument labels. */
public final class QrCode {

    private QrCode() {
    }

    /**
     * A square PNG of {@code size} pixels encoding {@code url}. Error correction M (15 %) survives a
     * stamp or a crease on paper without making the code too dense for a phone at 25 mm.
     */
    public static byte[] png(String url, int size) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is required");
        }
        if (size < 21) {
            throw new IllegalArgumentException("size must be at least 21 pixels, was " + size);
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("url cannot be encoded as a QR code: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
