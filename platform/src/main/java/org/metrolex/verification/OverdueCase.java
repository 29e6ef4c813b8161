package org.metrolex.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One overdue case of the workbench: an instrument whose certificate fell due on {@code dueDate}, with the
 * names people need (instrument, owner, region) and how far the case has come — the notice sent by the daily
 * job, read (answered) by the owner, and the instrument verified again after the due date.
 */
public record OverdueCase(long instrumentId, LocalDate dueDate, String certificateNumber, String categoryCode,
                          String categoryNameZh, String categoryNameEn, String serialNumber, long ownerEnterpriseId,
                          String ownerName, String regionCode, String regionName, OffsetDateTime noticedAt,
                          OffsetDateTime readAt, String readBy, String reverifiedNumber, State state) {

    /** How far a case has come, in the order it moves. */
    public enum State {
        /** Overdue, the daily notice not recorded yet (it is recorded on the first run after the due date). */
        NOT_NOTICED,
        /** The owner was notified in-app; not read yet. */
        NOTICED,
        /** The owner read (answered) the notice; the instrument is still overdue. */
        READ,
        /** A later certificate or a notice of non-conformity replaced the one that fell due: the case is closed. */
        REVERIFIED
    }

    /** Which cases a list shows. */
    public enum Show {
        /** Still overdue (every state but REVERIFIED): the default. */
        OPEN,
        /** Noticed, not read yet. */
        UNREAD,
        /** Closed by a new verification. */
        REVERIFIED,
        ALL;

        public static Show parse(String text) {
            if (text == null || text.isBlank()) {
                return OPEN;
            }
            for (Show s : values()) {
                if (s.name().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
            return OPEN;
        }
    }

    /** The filters of the workbench; null or blank means "any". {@code regionCode} includes the regions below it. */
    public record Filter(Show show, String regionCode, String categoryCode, String owner) {

        public Filter {
            show = show == null ? Show.OPEN : show;
            regionCode = blankToNull(regionCode);
            categoryCode = blankToNull(categoryCode);
            owner = blankToNull(owner);
        }

        public static Filter open() {
            return new Filter(Show.OPEN, null, null, null);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
