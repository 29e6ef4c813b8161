package org.metrolex.comparison.document;

import java.util.Objects;

/**
 * The words on a comparison chart, in the reader's language: the caller resolves them from the message bundle
 * (the page in the user's locale, the report in Chinese), so the renderers hold no text of their own.
 *
 * @param title            e.g. "燃气表检定装置比对 — 测量点 1"
 * @param description      the accessible description (screen readers), e.g. what the bars and the band show
 * @param valueAxis        the value axis with its unit, e.g. "示值误差 (%)"
 * @param participantsAxis e.g. "参加实验室"
 * @param reference        the reference value's legend, e.g. "参考值 Y"
 * @param band             the band's legend, e.g. "Y ± U(Y)"
 * @param satisfactory     legend of a satisfactory result
 * @param questionable     legend of a questionable result
 * @param unsatisfactory   legend of an unsatisfactory result
 * @param notJudged        legend of a result not judged (the pilot when its value is the reference)
 */
public record ChartLabels(String title, String description, String valueAxis, String participantsAxis, String reference,
                          String band, String satisfactory, String questionable, String unsatisfactory, String notJudged) {

    public ChartLabels {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(valueAxis, "valueAxis");
        Objects.requireNonNull(participantsAxis, "participantsAxis");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(satisfactory, "satisfactory");
        Objects.requireNonNull(questionable, "questionable");
        Objects.requireNonNull(unsatisfactory, "unsatisfactory");
        Objects.requireNonNull(notJudged, "notJudged");
    }
}
