package org.metrolex.calendar;

import java.util.List;
import java.util.Map;

/**
 * What publishing a notice would do, shown before the administrator confirms.
 *
 * @param unchanged the notice is the one the calendar already uses for its year: publishing it changes nothing
 * @param changes   the stored deadlines it would move or confirm, every holder's
 */
public record NoticePreview(int year, int version, boolean correction, boolean unchanged, List<String> papers,
                            int restDays, int makeUpDays, List<DeadlineChange> changes) {

    public NoticePreview {
        papers = List.copyOf(papers);
        changes = List.copyOf(changes);
    }

    public long moved() {
        return changes.stream().filter(DeadlineChange::moved).count();
    }

    public long confirmed() {
        return changes.size() - moved();
    }

    /** Changes counted per kind, in a fixed order for the page. */
    public Map<String, Long> byKind() {
        Map<String, Long> out = new java.util.TreeMap<>();
        changes.forEach(c -> out.merge(c.kind(), 1L, Long::sum));
        return out;
    }
}
