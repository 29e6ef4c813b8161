package org.metrolex.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTests {

    private static final String CHECK_URL = "https://metrology.example.gov.cn/public/certificates/130100-2026-000123";

    @Test
    void decodesBackToTheUrl() throws Exception {
        byte[] png = QrCode.png(CHECK_URL, 240);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(240);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(CHECK_URL);
    }

    @Test
    void refusesAnEmptyUrl() {
        assertThatThrownBy(() -> QrCode.png(" ", 200)).hasMessageContaining("url");
    }
}
