package org.metrolex.supervision.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Re-draws a published draw from its document and seed, with no database and no server:
 * {@code java -cp <classes> org.metrolex.supervision.domain.DrawVerifier population.txt <seed hex> [<commitment hex>]}.
 * Prints the population hash, the seed's commitment (and whether it matches the published one), and the tasks.
 */
public final class DrawVerifier {

    private DrawVerifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DrawVerifier <population.txt> <seed hex> [<published commitment hex>]");
            System.exit(2);
        }
        System.out.print(report(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8), args[1],
                args.length > 2 ? args[2] : null));
    }

    /** The verifier's whole output for one document and seed; the public page shows the same text. */
    public static String report(String documentText, String seedHex, String publishedCommitment) {
        DrawDocument doc = DrawDocument.parse(documentText);
        Seed seed = Seed.of(seedHex);
        StringBuilder b = new StringBuilder();
        b.append("population-sha256\t").append(doc.sha256()).append('\n');
        b.append("seed-commitment\t").append(seed.commitment()).append('\n');
        if (publishedCommitment != null && !publishedCommitment.isBlank()) {
            b.append("commitment-matches\t")
                    .append(seed.commitment().equalsIgnoreCase(publishedCommitment.strip()) ? "yes" : "NO").append('\n');
        }
        b.append(RandomDraw.draw(doc, seed).canonical());
        return b.toString();
    }
}
