package org.metrolex.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.metrolex.calendar.domain.StopReason;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.EventKind;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.StepKind;
import org.springframework.context.support.ResourceBundleMessageSource;

class LabelsTests {

    /** The enums whose labels are in the bundles; an enum joins this list when its own texts go. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(StopReason.class, LicenceType.class,
            ApplicationStatus.class, EventKind.class, StepKind.class);

    private final Labels labels = new Labels(bundles());

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/labels");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aLabelComesFromTheBundleOfTheLanguage() {
        assertThat(labels.zh(StopReason.MISSING_DOCUMENTS)).isEqualTo("补正");
        assertThat(labels.en(StopReason.MISSING_DOCUMENTS)).isEqualTo("Missing documents");
        assertThat(labels.label(StopReason.SUSPENSION, Locale.SIMPLIFIED_CHINESE)).isEqualTo("中止");
        assertThat(Labels.key(StopReason.EXPERT_ASSESSMENT)).isEqualTo("label.StopReason.EXPERT_ASSESSMENT");
    }

    @Test
    void everyConstantOfALabelledEnumHasALabelInBothLanguages() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (String label : Arrays.asList(labels.zh(value), labels.en(value))) {
                    assertThat(label).as(Labels.key(value)).isNotBlank().doesNotStartWith("label.");
                }
                assertThat(labels.zh(value)).as("%s has a Chinese label of its own", Labels.key(value))
                        .isNotEqualTo(labels.en(value));
            }
        }
    }
}
