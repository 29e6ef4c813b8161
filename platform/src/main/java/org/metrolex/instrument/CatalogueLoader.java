package org.metrolex.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.metrolex.instrument.domain.CatalogueFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Stores the shipped catalogue ({@code instrument/catalogue.csv}) on every start, by code, so that a
 * new release's corrections reach an existing database. Runs before the demo data, which files
 * instruments of these categories.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);
    static final String RESOURCE = "instrument/catalogue.csv";

    private final StoringCatalogue catalogue;

    CatalogueLoader(StoringCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            int changed = catalogue.storeCatalogue(CatalogueFile.parse(lines));
            log.info("Instrument catalogue: {} categories changed", changed);
        }
    }
}
