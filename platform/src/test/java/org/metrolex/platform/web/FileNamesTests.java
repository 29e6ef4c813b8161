package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FileNamesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "../../../../etc/passwd.pdf       | passwd.pdf",
            "C:\\Users\\x\\营业执照.pdf          | 营业执照.pdf",
            "a\"b;c<x>.pdf                   | a_b_c_x_.pdf",
            "..                               | document",
            ".htaccess                        | htaccess",
            "NULL                             | document",
            "报告 (2026).pdf                  | 报告 (2026).pdf",
            "x..y...pdf                       | x.y.pdf"})
    void onlyASafeBaseNameIsKept(String given, String kept) {
        assertThat(FileNames.safe(given, "document")).isEqualTo(kept);
    }

    @Test
    void aLongNameKeepsItsExtension() {
        String safe = FileNames.safe("a".repeat(500) + ".pdf", "document");
        assertThat(safe).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void theAttachmentHeaderCarriesAnAsciiNameAndTheUtf8NameOfRfc5987() {
        assertThat(FileNames.attachment("../营业执照 1.pdf", "document"))
                .isEqualTo("attachment; filename=\"____ 1.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%201.pdf");
    }
}
