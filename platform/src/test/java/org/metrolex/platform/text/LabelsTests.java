package org.metrolex.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.metrolex.calendar.domain.StopReason;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.licensing.domain.ApplicationStatus;
import org.metrolex.licensing.domain.EventKind;
import org.metrolex.licensing.domain.LicenceType;
import org.metrolex.licensing.domain.StepKind;
import org.metrolex.party.domain.EnterpriseCategory;
import org.metrolex.verification.document.CertificateDocument;
import org.metrolex.verification.domain.Conclusion;

class LabelsTests {

    /** The enums whose labels are in the bundles; an enum joins this list when its own texts go. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(StopReason.class, LicenceType.class,
            ApplicationStatus.class, EventKind.class, StepKind.class, CertificateDocument.DocumentKind.class, Conclusion.class,
            InstrumentUse.class, EnterpriseCategory.class);

    private final Labels labels = TestLabels.LABELS;

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

    /** A Chinese label a spreadsheet or form carries becomes the code; anything else is left for the domain to refuse. */
    @Test
    void aChineseLabelReadsAsItsCode() {
        assertThat(labels.code(EnterpriseCategory.class, " 加油站 ")).isEqualTo("GAS_STATION");
        assertThat(labels.code(InstrumentUse.class, "贸易结算")).isEqualTo("TRADE");
        assertThat(labels.code(InstrumentUse.class, "TRADE")).isEqualTo("TRADE");
        assertThat(labels.code(InstrumentUse.class, "买卖")).isEqualTo("买卖");
        assertThat(labels.zh(Conclusion.NON_CONFORMING)).isEqualTo("不合格");
        assertThat(labels.en(CertificateDocument.DocumentKind.NOTICE_OF_NON_CONFORMITY)).isEqualTo("Notice of non-conformity");
    }
}
