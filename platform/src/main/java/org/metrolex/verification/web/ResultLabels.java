package org.metrolex.verification.web;

import java.util.Optional;
import org.metrolex.metrology.conformity.ResultLabel;
import org.metrolex.platform.web.PageContext;
import org.metrolex.verification.document.PointLabels;

/**
 * A decision's result rows in the page's language: metrology-core's machine label read back to its
 * {@link ResultLabel} key, said from the bundles ({@code result.label.<KEY>}), with its numbers and names as they are.
 * A label that reads as no key (none today) is shown as stored.
 */
public final class ResultLabels {

    private ResultLabels() {
    }

    public static String point(PageContext page, String label) {
        return say(page, ResultLabel.readPoint(label), label);
    }

    public static String repeatability(PageContext page, String label) {
        return say(page, ResultLabel.readRepeatability(label), label);
    }

    public static String method(PageContext page, String method) {
        return say(page, ResultLabel.readMethod(method), method);
    }

    private static String say(PageContext page, Optional<ResultLabel.Read> read, String raw) {
        return read.map(r -> page.t(PointLabels.KEY + r.key().name(), r.args().toArray())).orElse(raw == null ? "" : raw);
    }
}
