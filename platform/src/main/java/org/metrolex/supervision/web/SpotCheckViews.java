package org.metrolex.supervision.web;

import java.util.List;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.supervision.Task;
import org.metrolex.supervision.Finding;
import org.metrolex.supervision.Inspection;
import org.metrolex.supervision.PublicResult;

/** View models of the supervision pages (public so that the precompiled templates can use them). */
public final class SpotCheckViews {

    private SpotCheckViews() {
    }

    /** A select option: value and label. */
    public record Option(String value, String label) {
    }

    /** What the public sees of one task: no ids but the target's registered name and county. */
    public record PublicTask(int position, String targetName, String regionCode, List<String> inspectors, Boolean conforming,
                      String inspectedOn, int instrumentsChecked, String summary) {
    }

    public record PublicFinding(String targetName, String kind, String description, String status, String caseNumber,
                         String penaltyDecision, String penaltyDecidedOn) {
    }

    /**
     * {@code tasksDrawn} is public from the draw on; {@code drawPublished} says whether the drawn targets, their
     * inspectors ({@code tasks}) and the {@code seed} are public yet (only once the inspections are done).
     */
    public record PublicView(long id, String reference, String name, String type, String regionCode, String status,
                      String populationSha256, String seedCommitment, String seed, String committedAt, String drawnAt,
                      String publishedAt, int tasksDrawn, boolean drawPublished, ResultPage<PublicTask> tasks,
                      List<PublicFinding> findings) {
    }

    public static PublicView view(PublicResult r, Integer page) {
        var c = r.campaign();
        ResultPage<Task> shown = slice(r.tasks(), page);
        List<PublicTask> items = shown.items().stream().map(t -> {
            Inspection i = r.inspections().get(t.id());
            return new PublicTask(t.position(), t.targetName(), t.targetRegionCode(),
                    t.inspectors().stream().map(x -> x.name()).toList(), i == null ? null : i.conforming(),
                    i == null ? null : i.inspectedOn().toString(), i == null ? 0 : i.instrumentsChecked(), i == null ? null : i.summary());
        }).toList();
        ResultPage<PublicTask> tasks = new ResultPage<>(items, shown.total(), shown.page(), shown.size());
        List<PublicFinding> findings = r.findings().stream().map((Finding f) -> new PublicFinding(f.targetName(), f.kind().name(),
                f.description(), f.status().name(), f.caseNumber(), f.penaltyDecision(),
                f.penaltyDecidedOn() == null ? null : f.penaltyDecidedOn().toString())).toList();
        return new PublicView(c.id(), c.reference(), c.name(), c.type().name(), c.regionCode(), c.status().name(),
                c.populationSha256(), c.seedCommitment(), c.seedHex(), str(c.committedAt()), str(c.drawnAt()), str(c.publishedAt()),
                r.tasksDrawn(), r.drawPublished(), tasks, findings);
    }

    /** Tasks (and, on the officer page, findings) shown per page on the campaign pages. */
    static final int ROWS_PER_PAGE = 100;

    /** One page of a campaign's tasks (in draw order) or findings; an out-of-range page number shows the nearest page. */
    static <T> ResultPage<T> slice(List<T> all, Integer page) {
        int pages = Math.max(1, (all.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
        int p = Math.min(Math.max(page == null ? 1 : page, 1), pages);
        return new ResultPage<>(all.subList((p - 1) * ROWS_PER_PAGE, Math.min(all.size(), p * ROWS_PER_PAGE)), all.size(), p,
                ROWS_PER_PAGE);
    }

        private static String str(Object o) {
        return o == null ? null : o.toString();
    }

}
