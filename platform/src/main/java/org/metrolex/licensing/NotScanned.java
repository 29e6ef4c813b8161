package org.metrolex.licensing;

import org.metrolex.licensing.domain.LicenceDocument.ScanStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link DocumentScanner}: scans nothing and says so. */
@Configuration
class NotScanned {

    @Bean
    @ConditionalOnMissingBean(DocumentScanner.class)
    DocumentScanner documentScanner() {
        return (fileName, content) -> new DocumentScanner.Result(ScanStatus.NOT_SCANNED, "未配置病毒扫描 / no virus scanner configured");
    }
}
