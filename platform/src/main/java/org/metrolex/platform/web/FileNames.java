package org.metrolex.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names that came from a client (an upload's name) made safe to store, show and send back. A
 * browser or script may send a path ({@code ../../../../etc/passwd.pdf}, {@code C:\\x\\y.pdf}), control
 * characters or quotes that would break a {@code Content-Disposition} header; only the base name is kept,
 * with letters (any script, so Chinese names stay readable), digits and {@code . _ - ( ) space}.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The base name in safe characters, never empty, never starting with a dot, at most {@link #MAX_LENGTH} characters. */
    public static String safe(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || ". _-()（）".indexOf(c) >= 0 ? c : '_'));
        String out = b.toString().strip().replaceAll("\\.{2,}", ".").replaceAll("^[._ ]+", "");
        if (out.length() > MAX_LENGTH) {
            int dot = out.lastIndexOf('.');
            String ext = dot > 0 && out.length() - dot <= 10 ? out.substring(dot) : "";
            out = out.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return out.isEmpty() ? fallback : out;
    }

    /**
     * A {@code Content-Disposition: attachment} value with an ASCII {@code filename} for old clients and the
     * exact name as RFC 5987 {@code filename*} (UTF-8, percent-encoded), from the {@link #safe} name.
     */
    public static String attachment(String name, String fallback) {
        String safe = safe(name, fallback);
        String ascii = safe.codePoints().mapToObj(c -> c < 0x80 ? Character.toString(c) : "_")
                .reduce("", String::concat);
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
