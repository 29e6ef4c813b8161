package org.metrolex.verification.ingest;

import java.util.Locale;

/** The two body formats of a bulk upload, chosen by the request's Content-Type. */
public enum BulkFormat {
    /** RFC 4180 CSV, UTF-8, header line with the column names of {@link CsvRows#COLUMNS}. */
    CSV,
    /** JSON lines: one JSON object per line, the same field names, {@code readings} as an object. */
    NDJSON;

    /** text/csv → CSV; application/x-ndjson, application/jsonl, application/x-jsonlines → NDJSON; otherwise null. */
    public static BulkFormat ofContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        int semi = t.indexOf(';');
        t = (semi < 0 ? t : t.substring(0, semi)).strip();
        return switch (t) {
            case "text/csv" -> CSV;
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines" -> NDJSON;
            default -> null;
        };
    }
}
