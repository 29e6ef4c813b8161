package org.metrolex.metrology.mpe;

/** Accuracy classes of non-automatic weighing instruments (OIML R 76-1, JJG 539). */
public enum ScaleClass {
    I, II, III, IIII;

    /** "III", "3", "iii" → III. */
    public static ScaleClass parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "I", "1" -> I;
            case "II", "2" -> II;
            case "III", "3" -> III;
            case "IIII", "4" -> IIII;
            default -> throw Refusals.badInput("class", "OIML R 76-1 / JJG 539",
                    "accuracy class must be I, II, III or IIII, got '" + text + "'",
                    "准确度等级应为 I、II、III 或 IIII，实为 '" + text + "'");
        };
    }
}
