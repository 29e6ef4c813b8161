package org.metrolex.supervision.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret of a draw: 32 random bytes, written as 64 lower-case hex digits. Before the draw only its
 * commitment SHA-256(seed bytes) is published; after the draw the seed itself, so anyone can check
 * that the commitment matches and that the draw follows from it.
 */
public record Seed(String hex) {

    public Seed {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new DrawRefused("seed", "hex64", "the seed is 64 lower-case hex digits / 随机种子须为64位小写十六进制数");
        }
    }

    public static Seed generate(SecureRandom random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return new Seed(HexFormat.of().formatHex(b));
    }

    public static Seed of(String text) {
        return new Seed(text == null ? null : text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    /** SHA-256 of the 32 seed bytes (not of the hex text), lower-case hex. */
    public String commitment() {
        return HexFormat.of().formatHex(DrawDocument.sha256(bytes()));
    }
}
