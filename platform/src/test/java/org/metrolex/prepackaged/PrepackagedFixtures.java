package org.metrolex.prepackaged;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.metrolex.metrology.identifier.CreditCode;

/** Test data of the prepackaged module: samples of net contents and credit codes. */
public final class PrepackagedFixtures {

    private PrepackagedFixtures() {
    }

    /**
     * RULES.md §1 self-check [C]: 50 net contents in g with q̄ 500.0720, s 3.2720 and one package at 484.0 g
     * (Qn 500 g, N 300: limit 498.7599, one T1, zero T2, pass).
     */
    public static List<BigDecimal> selfCheck() {
        try (InputStream in = PrepackagedFixtures.class.getResourceAsStream("self-check-net.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(BigDecimal::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 50 packages at 496 and 498 g alternately: no package short by more than T, but q̄ 497 < Qn − λ·s (fails on the mean). */
    public static List<BigDecimal> failsOnMean() {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add(new BigDecimal(i % 2 == 0 ? "496.0" : "498.0"));
        }
        return out;
    }

    /** 49 packages at 501 g and one at 469 g (d = 31 > 2T = 30): the mean passes, one T2 defect rejects the lot. */
    public static List<BigDecimal> failsOnT2() {
        List<BigDecimal> out = new ArrayList<>(Collections.nCopies(49, new BigDecimal("501.0")));
        out.add(20, new BigDecimal("469.0"));
        return out;
    }

    /** n values at Qn + 1 (a lot that passes every criterion). */
    public static List<BigDecimal> good(int n, BigDecimal qn) {
        return Collections.nCopies(n, qn.add(BigDecimal.ONE));
    }

    public static List<BigDecimal> dataset(String name) {
        return switch (name) {
            case "self-check" -> selfCheck();
            case "fails-on-mean" -> failsOnMean();
            case "fails-on-t2" -> failsOnT2();
            case "good-8" -> good(8, new BigDecimal("500"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A valid unified social credit code (GB 32100) in the region. */
    public static String creditCode(String regionCode, Random random) {
        StringBuilder sb = new StringBuilder("91").append(regionCode).append("PP");
        for (int i = 0; i < 7; i++) {
            sb.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
    }
}
