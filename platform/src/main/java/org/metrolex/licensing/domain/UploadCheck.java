package org.metrolex.licensing.domain;

import java.util.Optional;

/**
 * What an upload must be: non-empty, at most {@code maxBytes}, and a PDF, PNG or JPEG by its first
 * bytes (the "magic number"), whatever the client says its name or type is.
 */
public final class UploadCheck {

    private UploadCheck() {
    }

    /** The media type the content really is, or empty. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The media type of an acceptable upload; a {@link RuleBroken} naming the rule otherwise. */
    public static String check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw RuleBroken.invalid("file", "required", "请选择要上传的文件（不能为空文件）", "choose a file to upload (not an empty one)");
        }
        if (content.length > maxBytes) {
            throw RuleBroken.invalid("file", "max-size", "文件大小 " + content.length + " 字节超过上限 " + maxBytes + " 字节",
                    "file size " + content.length + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        return sniff(content).orElseThrow(() -> RuleBroken.invalid("file", "type", "只接受 PDF、PNG 或 JPEG 文件（按文件内容判断，而非扩展名）",
                "only PDF, PNG or JPEG files are accepted (judged by the content, not the file name)"));
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
