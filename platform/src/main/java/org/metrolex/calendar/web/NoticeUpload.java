package org.metrolex.calendar.web;

import java.io.IOException;
import java.io.InputStream;
import org.metrolex.calendar.CalendarManagement;

/** Reads an offered notice without holding more than one byte past the limit, so an oversized body costs nothing. */
final class NoticeUpload {

    private NoticeUpload() {
    }

    static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(CalendarManagement.MAX_NOTICE_BYTES + 1);
    }
}
