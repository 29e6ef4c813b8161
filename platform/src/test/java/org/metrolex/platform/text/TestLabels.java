package org.metrolex.platform.text;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The labels as the application reads them, for tests that run without a Spring context. */
public final class TestLabels {

    public static final Labels LABELS = new Labels(bundles());

    private TestLabels() {
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/labels");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
