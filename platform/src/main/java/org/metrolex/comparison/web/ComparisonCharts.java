package org.metrolex.comparison.web;

import java.util.Locale;
import org.metrolex.comparison.EvaluationView;
import org.metrolex.comparison.document.ChartLabels;
import org.metrolex.comparison.document.ComparisonChartSvg;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The comparison chart of a point as inline SVG, with its words from the message bundles in the reader's language. */
@Component
class ComparisonCharts {

    private final MessageSource messages;

    ComparisonCharts(MessageSource messages) {
        this.messages = messages;
    }

    String svg(EvaluationView view, EvaluationView.PointView point, Locale locale, String id) {
        return ComparisonChartSvg.render(point.chart(), labels(view, point, locale), id);
    }

    private ChartLabels labels(EvaluationView view, EvaluationView.PointView p, Locale locale) {
        String point = p.point().label();
        return new ChartLabels(t("comparisonEval.chart.title", locale, view.title(), point),
                t("comparisonEval.chart.description", locale, point),
                t("comparisonEval.chart.valueAxis", locale, p.point().unit()),
                t("comparisonEval.chart.participants", locale), t("comparisonEval.chart.reference", locale),
                t("comparisonEval.chart.band", locale), t("label.Performance.SATISFACTORY", locale),
                t("label.Performance.QUESTIONABLE", locale), t("label.Performance.UNSATISFACTORY", locale),
                t("comparisonEval.chart.notJudged", locale));
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
