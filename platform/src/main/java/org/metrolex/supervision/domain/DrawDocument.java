package org.metrolex.supervision.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything a draw depends on except the seed, published before the draw (docs/random-draw.md):
 * the plan reference, inspectors per task, the sample size of every stratum, the target population,
 * the inspector pool and the previous pairings. {@link #canonical()} is the one byte-exact text that is
 * published and hashed; {@link #parse(String)} reads it back, so a verifier needs nothing else.
 */
public record DrawDocument(String planRef, int inspectorsPerTask, Map<String, Integer> stratumSizes,
                           List<Candidate> population, List<Inspector> inspectors, List<PreviousPairing> previous) {

    public static final String HEADER = "metrolex-random-draw/1";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]+");

    public DrawDocument {
        planRef = requireToken("planRef", planRef);
        if (inspectorsPerTask < 1) {
            throw new DrawRefused("inspectorsPerTask", "min", "inspectors per task must be at least 1 / 每个任务至少一名检查人员");
        }
        stratumSizes = new TreeMap<>(stratumSizes);
        population = population.stream().sorted(Comparator.comparing(Candidate::id)).toList();
        inspectors = inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
        previous = previous.stream().distinct()
                .sorted(Comparator.comparing(PreviousPairing::targetId).thenComparing(PreviousPairing::inspectorId)).toList();
        unique("target.id", population.stream().map(Candidate::id).toList());
        unique("inspector.id", inspectors.stream().map(Inspector::id).toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : population) {
            if (!stratumSizes.containsKey(c.stratum())) {
                throw new DrawRefused("target.stratum", "unknown", "target " + c.id() + " is in stratum " + c.stratum()
                        + " that has no sample size / 对象所在层未规定抽取数量");
            }
            counts.merge(c.stratum(), 1, Integer::sum);
        }
        for (var e : stratumSizes.entrySet()) {
            requireToken("stratum", e.getKey());
            int available = counts.getOrDefault(e.getKey(), 0);
            if (e.getValue() < 0 || e.getValue() > available) {
                throw new DrawRefused("sampleSize", "range", "stratum " + e.getKey() + ": sample size " + e.getValue()
                        + " is not between 0 and the " + available + " targets in it / 抽取数量超出该层对象数");
            }
        }
    }

    /** The byte-exact published text: UTF-8, LF line ends, tab-separated, sections and rows in a fixed order. */
    public String canonical() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        b.append("plan\t").append(planRef).append('\n');
        b.append("inspectors-per-task\t").append(inspectorsPerTask).append('\n');
        stratumSizes.forEach((s, n) -> b.append("stratum\t").append(s).append('\t').append(n).append('\n'));
        for (Candidate c : population) {
            b.append("target\t").append(c.id()).append('\t').append(c.regionCode()).append('\t').append(escape(c.unit()))
                    .append('\t').append(c.stratum()).append('\t').append(escape(c.name())).append('\n');
        }
        for (Inspector i : inspectors) {
            b.append("inspector\t").append(i.id()).append('\t').append(i.regionCode()).append('\t').append(escape(i.unit()))
                    .append('\t').append(escape(i.name())).append('\n');
        }
        for (PreviousPairing p : previous) {
            b.append("previous\t").append(p.targetId()).append('\t').append(p.inspectorId()).append('\n');
        }
        return b.toString();
    }

    /** SHA-256 of the canonical text's UTF-8 bytes, lower-case hex: the population hash published before the draw. */
    public String sha256() {
        return HexFormat.of().formatHex(sha256Bytes());
    }

    byte[] sha256Bytes() {
        return sha256(canonical().getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Reads a published text back. Accepts CRLF (a pasted text) but hashes only what {@link #canonical()} prints. */
    public static DrawDocument parse(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n");
        if (lines.length == 0 || !HEADER.equals(lines[0].strip())) {
            throw new DrawRefused("document", "header", "the first line must be " + HEADER + " / 首行须为 " + HEADER);
        }
        String plan = null;
        int perTask = 0;
        Map<String, Integer> strata = new TreeMap<>();
        List<Candidate> population = new ArrayList<>();
        List<Inspector> inspectors = new ArrayList<>();
        List<PreviousPairing> previous = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            String line = lines[n];
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "plan" -> plan = field(f, 1, 2);
                    case "inspectors-per-task" -> perTask = Integer.parseInt(field(f, 1, 2));
                    case "stratum" -> strata.put(field(f, 1, 3), Integer.parseInt(f[2]));
                    case "target" -> population.add(new Candidate(field(f, 1, 6), f[2], unescape(f[3]), f[4], unescape(f[5])));
                    case "inspector" -> inspectors.add(new Inspector(field(f, 1, 5), f[2], unescape(f[3]), unescape(f[4])));
                    case "previous" -> previous.add(new PreviousPairing(field(f, 1, 3), f[2]));
                    default -> throw new DrawRefused("document", "line", "line " + (n + 1) + ": unknown kind " + f[0]
                            + " / 第" + (n + 1) + "行类型无法识别");
                }
            } catch (NumberFormatException e) {
                throw new DrawRefused("document", "line", "line " + (n + 1) + ": not a number / 第" + (n + 1) + "行数字格式错误");
            }
        }
        return new DrawDocument(plan, perTask, strata, population, inspectors, previous);
    }

    private static String field(String[] f, int index, int expected) {
        if (f.length != expected) {
            throw new DrawRefused("document", "line", "a " + f[0] + " line has " + expected + " tab-separated fields, not "
                    + f.length + " / " + f[0] + " 行应有 " + expected + " 个字段");
        }
        return f[index];
    }

    static String requireToken(String field, String value) {
        if (value == null || !TOKEN.matcher(value).matches()) {
            throw new DrawRefused(field, "token", field + " must be letters, digits or _.:- (was " + value + ") / "
                    + field + " 只能由字母、数字和 _.:- 组成");
        }
        return value;
    }

    private static void unique(String field, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new DrawRefused(field, "unique", field + " " + id + " appears twice / 重复的编号 " + id);
            }
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(switch (d) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> d;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
