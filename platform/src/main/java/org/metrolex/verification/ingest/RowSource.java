package org.metrolex.verification.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads the records of a bulk body one at a time, never more than one record in memory. A body that
 * cannot be read as a whole (bad header, unterminated quote, a line longer than {@link #MAX_RECORD_CHARS})
 * throws {@link BulkBodyException} and fails the batch; a record that cannot be read is returned with its
 * errors and reported as a rejected row.
 */
abstract class RowSource {

    /** Longest record accepted (characters); a body with a longer one is refused as a whole. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    /** Line number of the next character to read (1-based). */
    protected long line = 1;

    RowSource(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the body. */
    abstract BulkRow next() throws IOException;

    /** Next character or -1 at the end; counts lines. */
    protected final int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        char c = buf[pos++];
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** Looks at the next character without consuming it; -1 at the end. */
    protected final int peek() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    /** The body is not readable as CSV / JSON lines at all: the batch fails and nothing is written. */
    static final class BulkBodyException extends RuntimeException {
        final long line;
        final String zh;

        BulkBodyException(long line, String zh, String en) {
            super(en);
            this.line = line;
            this.zh = zh;
        }
    }
}
