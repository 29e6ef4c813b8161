package org.metrolex.calendar;

/**
 * The outcome of loading a notice.
 *
 * @param noticeId  the stored notice, null when {@code unchanged}
 * @param unchanged the same notice was already in use: nothing stored, nothing recomputed
 * @param revisions stored deadlines moved or confirmed by this notice
 */
public record NoticePublication(Long noticeId, int year, int version, boolean correction, boolean unchanged, long revisions) {
}
