package org.metrolex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.metrolex.identity.IdentityManagement;
import org.metrolex.support.DemoLogins;
import org.metrolex.support.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.ObjectMapper;

/**
 * Every operation of the OpenAPI document, called over real HTTP by five callers with requests generated
 * from the document — valid-ish values and hostile ones — must never answer 5xx (issue 14; docs/security.md,
 * "Fuzz test of the API"). The generator is seeded: the seed is printed with every failure and can be set
 * with {@code -Dmetrolex.fuzz.seed=…}; {@code -Dmetrolex.fuzz.examples} (12 per operation: one valid-ish request per
 * caller, the rest hostile, by the callers in turn) and {@code -Dmetrolex.fuzz.seconds} (240) bound the run. The test writes data (enterprises, people, verifications …), so it runs in a Spring
 * context and database of its own (the extra property below), closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.db.data-dir=", "app.demo-data.enabled=true", "app.certificates.key-dir=target/test-keys",
                "metrolex.test.context=openapi-fuzz"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenApiFuzzIntegrationTests {

    static final long SEED = Long.getLong("metrolex.fuzz.seed", 20261207L);
    static final int EXAMPLES = Integer.getInteger("metrolex.fuzz.examples", 12);
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("metrolex.fuzz.seconds", 240));

    /**
     * Operations not called. Revoking a token would end the fuzzing caller's own authentication half-way
     * through the run (every later request of that caller would only test the 401 path).
     */
    static final Set<String> SKIPPED = Set.of();
    /** Path fragments of operations run last: they take records (or the callers' own organisations) out of use. */
    static final List<String> RUN_LAST = List.of("/deactivate", "/revoke", "/status", "/tokens/");

    static final String[] CALLERS = {null, "admin", "county", "enterprise", "institution"};

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEGABYTE = "测".repeat(350_000);

    @LocalServerPort int port;
    @Autowired IdentityManagement identity;
    @Autowired java.time.Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private SplittableRandom random;

    record Operation(String method, String path, Map<String, Object> spec) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    record Finding(String operation, String caller, String request, int status, String response) {
        @Override
        public String toString() {
            return operation + " | " + caller + " | " + request + " | " + status + " | " + response;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noOperationOfTheApiAnswersWithAServerError() throws Exception {
        random = new SplittableRandom(SEED);
        Instant deadline = Instant.now().plus(BUDGET);
        Map<String, String> tokens = tokens();
        // the API description is for logged-in users (docs/security.md): read it as the province administrator
        String docText = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).header("Authorization", "Bearer " + tokens.get(label("admin")))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Map<String, Object> doc = JSON.readValue(docText, Map.class);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) doc.get("paths")).forEach((path, item) -> ((Map<String, Object>) item).forEach((method, spec) -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method) && !SKIPPED.contains(method.toUpperCase() + " " + path)) {
                operations.add(new Operation(method, path, (Map<String, Object>) spec));
            }
        }));
        operations.sort((a, b) -> {
            int la = RUN_LAST.stream().anyMatch(a.path()::contains) ? 1 : 0;
            int lb = RUN_LAST.stream().anyMatch(b.path()::contains) ? 1 : 0;
            return la != lb ? la - lb : a.name().compareTo(b.name());
        });
        assertThat(operations).as("the OpenAPI document lists the API").hasSizeGreaterThan(30);

        Map<String, Map<String, List<String>>> scopeValues = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            scopeValues.put(label(caller), harvest(operations, tokens.get(label(caller))));
        }

        List<Finding> findings = new ArrayList<>();
        List<String> timeouts = new ArrayList<>();
        int calls = 0;
        Set<String> covered = new LinkedHashSet<>();
        Instant started = Instant.now();
        outer:
        for (int index = 0; index < operations.size(); index++) {
            Operation op = operations.get(index);
            for (int example = 0; example < EXAMPLES; example++) {
                if (Instant.now().isAfter(deadline)) {
                    break outer;
                }
                // one valid-ish request per caller, then hostile ones by the callers who pass the gate
                String caller = example < CALLERS.length ? CALLERS[example] : CALLERS[1 + (example + index) % (CALLERS.length - 1)];
                Kind kind = example < CALLERS.length ? Kind.VALID : HOSTILE[(example - CALLERS.length + index) % HOSTILE.length];
                Request r = build(op, kind, scopeValues.get(label(caller)), schemas);
                HttpRequest.Builder b = HttpRequest.newBuilder(uri(r.pathAndQuery())).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json, */*").method(op.method().toUpperCase(), r.body());
                if (r.contentType() != null) {
                    b.header("Content-Type", r.contentType());
                }
                if (tokens.get(label(caller)) != null) {
                    b.header("Authorization", "Bearer " + tokens.get(label(caller)));
                }
                calls++;
                covered.add(op.name());
                try {
                    HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() >= 500) {
                        findings.add(new Finding(op.name(), label(caller), r.summary(), response.statusCode(),
                                snippet(response.body(), 300)));
                    }
                } catch (java.net.http.HttpTimeoutException e) {
                    timeouts.add(op.name() + " | " + label(caller) + " | " + r.summary());
                } catch (java.io.IOException e) {
                    findings.add(new Finding(op.name(), label(caller), r.summary(), -1, "connection: " + e));
                }
            }
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        String summary = "OpenAPI fuzz: seed " + SEED + " (-Dmetrolex.fuzz.seed), " + covered.size() + "/" + operations.size()
                + " operations × " + EXAMPLES + " examples (" + CALLERS.length + " callers) = " + calls + " requests in " + seconds
                + " s; " + findings.size() + " answered 5xx, " + timeouts.size() + " timed out";
        System.out.println(summary);
        timeouts.forEach(t -> System.out.println("timeout: " + t));
        Map<String, Integer> byOperation = new TreeMap<>();
        findings.forEach(f -> byOperation.merge(f.operation(), 1, Integer::sum));
        byOperation.forEach((k, v) -> System.out.println("5xx " + v + " × " + k));
        assertThat(covered).as(summary + ": the budget must let every operation be called; not reached: "
                + operations.stream().map(Operation::name).filter(n -> !covered.contains(n)).toList()).hasSameSizeAs(operations);
        assertThat(findings).as(summary + "\n" + String.join("\n", findings.stream().map(Finding::toString).toList()))
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- callers

    private static String label(String caller) {
        return caller == null ? "anonymous" : caller;
    }

    /** A bearer token for every demo login (system clients use tokens; ADR 0007). */
    private Map<String, String> tokens() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("anonymous", null);
        TestLogins.actAs("admin");
        try {
            for (String caller : CALLERS) {
                if (caller != null) {
                    long id = new DemoLogins(identity).principal(caller).userId();
                    out.put(caller, identity.issueToken(id, "openapi-fuzz", Instant.now(clock).plus(Duration.ofDays(1))).token());
                }
            }
        } finally {
            TestLogins.clear();
        }
        return out;
    }

    /**
     * Values in the caller's scope: every parameterless GET is called once and every scalar it returns is
     * kept under its property name ({@code id}, {@code code}, {@code certificateNumber} …), so that
     * {@code /api/enterprises/{id}} gets the caller's own enterprises as well as random ids.
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> harvest(List<Operation> operations, String token) throws Exception {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (Operation op : operations) {
            if (!op.method().equals("get") || op.path().contains("{") || op.path().contains("export")) {
                continue;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(op.path() + "?size=50")).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                    collect(JSON.readValue(r.body(), Object.class), values, op.path());
                }
            } catch (RuntimeException | java.io.IOException e) {
                // not JSON or not readable: nothing to harvest from this one
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, Map<String, Set<String>> into, String listPath) {
        if (node instanceof Map<?, ?> m) {
            for (var e : ((Map<String, Object>) m).entrySet()) {
                Object v = e.getValue();
                if (v instanceof String || v instanceof Number) {
                    Set<String> set = into.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                    if (set.size() < 20) {
                        set.add(String.valueOf(v));
                    }
                    if (e.getKey().equals("id")) {
                        // the ids of a list belong to the operations below it: /api/enterprises → /api/enterprises/{id}
                        Set<String> own = into.computeIfAbsent(listPath + "#id", k -> new LinkedHashSet<>());
                        if (own.size() < 20) {
                            own.add(String.valueOf(v));
                        }
                    }
                } else {
                    collect(v, into, listPath);
                }
            }
        } else if (node instanceof List<?> l) {
            l.stream().limit(50).forEach(x -> collect(x, into, listPath));
        }
    }

    // ---------------------------------------------------------------------------------------------- requests

    /** What kind of input an example carries; example 0 is the valid-ish one. */
    enum Kind { VALID, MISSING_AND_EXTRA, HOSTILE_STRINGS, EXTREME_NUMBERS, BAD_DATES, WRONG_TYPES, EMPTY_BODY, MALFORMED_JSON,
        HUGE_STRING, MIXED }

    record Request(String pathAndQuery, HttpRequest.BodyPublisher body, String contentType, String summary) {
    }

    /** The hostile kinds, taken in turn (shifted by the operation's place, so every kind reaches every operation shape). */
    private static final Kind[] HOSTILE = java.util.Arrays.copyOfRange(Kind.values(), 1, Kind.values().length);

    @SuppressWarnings("unchecked")
    private Request build(Operation op, Kind kind, Map<String, List<String>> scope, Map<String, Object> schemas) {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.spec().getOrDefault("parameters", List.of());
        for (Map<String, Object> p : parameters) {
            String name = (String) p.get("name");
            Map<String, Object> schema = resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()), schemas);
            if ("path".equals(p.get("in"))) {
                String value = pathValue(op.path(), name, schema, kind, scope);
                path = path.replace("{" + name + "}", encode(value));
            } else if ("query".equals(p.get("in"))) {
                boolean required = Boolean.TRUE.equals(p.get("required"));
                if (kind == Kind.MISSING_AND_EXTRA && random.nextBoolean()) {
                    continue;
                }
                if (!required && kind == Kind.VALID && random.nextInt(3) == 0) {
                    continue;
                }
                Object v = value(name, schema, schemas, kind, scope, 0);
                query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(scalar(v)));
            }
        }
        if (kind == Kind.MISSING_AND_EXTRA) {
            query.append(query.isEmpty() ? "?" : "&").append("unexpected=").append(encode("x" + random.nextInt()));
        }
        String pathAndQuery = path + query;
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) op.spec().getOrDefault("requestBody", Map.of()))
                .getOrDefault("content", Map.of());
        if (content.isEmpty()) {
            return new Request(pathAndQuery, HttpRequest.BodyPublishers.noBody(), null, op.method().toUpperCase() + " " + snippet(pathAndQuery, 200));
        }
        if (content.containsKey("multipart/form-data")) {
            return multipart(op, pathAndQuery, kind);
        }
        Map<String, Object> schema = resolve((Map<String, Object>) ((Map<String, Object>) content.values().iterator().next())
                .getOrDefault("schema", Map.of()), schemas);
        String body = switch (kind) {
            case EMPTY_BODY -> "";
            case MALFORMED_JSON -> List.of("{", "{\"a\":", "[1,2", "{\"name\": \"x\",}", "null", "\"\\uZZZZ\"", "{'a':1}",
                    "{\"a\":1}{\"b\":2}", "1e999999").get(random.nextInt(9));
            default -> toJson(value("body", schema, schemas, kind, scope, 0));
        };
        String contentType = content.containsKey("application/json") ? "application/json"
                : content.keySet().iterator().next();
        return new Request(pathAndQuery, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType,
                op.method().toUpperCase() + " " + snippet(pathAndQuery, 200) + " " + kind + " body " + snippet(body, 200));
    }

    private Request multipart(Operation op, String pathAndQuery, Kind kind) {
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        String filename = List.of("../../etc/passwd", "a\u0000b.xlsx", "<script>alert(1)</script>.csv", "\uD800.xlsx",
                "x".repeat(5000) + ".xlsx", "人员名单 (1).xlsx", "", "..\\..\\boot.ini", "%00.csv").get(random.nextInt(9));
        byte[] payload = switch (kind) {
            case VALID -> "name,code\n测试,1\n".getBytes(StandardCharsets.UTF_8);
            case EMPTY_BODY -> new byte[0];
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                // a zip header now and then, so spreadsheet readers get past the first byte
                if (random.nextBoolean()) {
                    bytes[0] = 'P';
                    if (bytes.length > 3) {
                        bytes[1] = 'K';
                        bytes[2] = 3;
                        bytes[3] = 4;
                    }
                }
                yield bytes;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String field = kind == Kind.MISSING_AND_EXTRA ? "notTheFile" : "file";
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(payload);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Request(pathAndQuery, HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()),
                "multipart/form-data; boundary=" + boundary, op.method().toUpperCase() + " " + pathAndQuery + " multipart " + kind
                + " file '" + snippet(filename, 60) + "' " + payload.length + " bytes");
    }

    private String pathValue(String path, String name, Map<String, Object> schema, Kind kind, Map<String, List<String>> scope) {
        String list = path.substring(0, path.indexOf("/{" + name + "}"));
        List<String> own = scope.getOrDefault(list + "#id", List.of());
        List<String> named = scope.getOrDefault(name, List.of());
        if (kind == Kind.VALID || random.nextInt(3) == 0) {
            if (!own.isEmpty() && name.equals("id")) {
                return own.get(random.nextInt(own.size()));
            }
            if (!named.isEmpty()) {
                return named.get(random.nextInt(named.size()));
            }
        }
        boolean numeric = "integer".equals(schema.get("type"));
        List<String> hostile = numeric
                ? List.of("0", "-1", "2147483647", "2147483648", "9223372036854775807", "99999999999999999999999", "1e300",
                "abc", "1.5", String.valueOf(1 + random.nextInt(1_000_000)))
                : List.of("x", "0", "-1", "<script>alert(1)</script>", "\u0000", "%00", "..", "测试".repeat(200), "a".repeat(3000),
                "\uD800", String.valueOf(random.nextLong()));
        return hostile.get(random.nextInt(hostile.size()));
    }

    // ---------------------------------------------------------------------------------------------- values from schemas

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref instanceof String s && s.startsWith("#/components/schemas/")) {
            return (Map<String, Object>) schemas.getOrDefault(s.substring("#/components/schemas/".length()), Map.of());
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return resolve((Map<String, Object>) all.get(0), schemas);
        }
        if (schema.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
            return resolve((Map<String, Object>) one.get(0), schemas);
        }
        return schema;
    }

    /** Marks a value to be written into the JSON text as it is (NaN, 1e300 as a bare number). */
    record Raw(String text) {
    }

    @SuppressWarnings("unchecked")
    private Object value(String name, Map<String, Object> schema, Map<String, Object> schemas, Kind kind,
                         Map<String, List<String>> scope, int depth) {
        Kind leaf = kind == Kind.MIXED ? Kind.values()[random.nextInt(Kind.values().length)] : kind;
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        if (leaf == Kind.WRONG_TYPES && random.nextInt(3) == 0) {
            return List.of(new Raw("[]"), new Raw("{}"), new Raw("true"), new Raw("\"x\""), new Raw("12"), new Raw("null"))
                    .get(random.nextInt(6));
        }
        switch (type) {
            case "object": {
                Map<String, Object> out = new LinkedHashMap<>();
                if (depth > 4) {
                    return out;
                }
                List<String> required = (List<String>) schema.getOrDefault("required", List.of());
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                for (var e : properties.entrySet()) {
                    if (leaf == Kind.MISSING_AND_EXTRA && (required.contains(e.getKey()) || random.nextBoolean())) {
                        continue;
                    }
                    out.put(e.getKey(), value(e.getKey(), resolve((Map<String, Object>) e.getValue(), schemas), schemas, kind, scope,
                            depth + 1));
                }
                if (leaf == Kind.MISSING_AND_EXTRA) {
                    out.put("unexpectedField", "x");
                    out.put("id", 1);
                }
                return out;
            }
            case "array": {
                Map<String, Object> items = resolve((Map<String, Object>) schema.getOrDefault("items", Map.of()), schemas);
                int n = leaf == Kind.HUGE_STRING ? 2000 : random.nextInt(4);
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    out.add(leaf == Kind.HUGE_STRING ? value(name, items, schemas, Kind.VALID, scope, depth + 1)
                            : value(name, items, schemas, kind, scope, depth + 1));
                }
                return out;
            }
            case "integer":
            case "number": {
                if (leaf == Kind.EXTREME_NUMBERS || leaf == Kind.WRONG_TYPES) {
                    return List.<Object>of(new Raw("1e300"), -1, 2147483647L, 2147483648L, Long.MAX_VALUE, new Raw("-1e300"),
                            "NaN", "Infinity", new Raw("0.000000000000000000001"), new Raw("123456789012345678901234567890"), 0)
                            .get(random.nextInt(11));
                }
                List<String> known = scope.getOrDefault(name, List.of());
                if (name.toLowerCase().endsWith("id") && !known.isEmpty()) {
                    return new Raw(known.get(random.nextInt(known.size())));
                }
                if ("integer".equals(type)) {
                    return 1 + random.nextInt(20);
                }
                return new Raw(String.valueOf(1 + random.nextInt(1000) / 100.0));
            }
            case "boolean":
                return leaf == Kind.WRONG_TYPES ? "yes" : random.nextBoolean();
            default:
                return string(name, schema, leaf, scope);
        }
    }

    @SuppressWarnings("unchecked")
    private Object string(String name, Map<String, Object> schema, Kind leaf, Map<String, List<String>> scope) {
        String format = String.valueOf(schema.get("format"));
        boolean date = format.equals("date") || name.toLowerCase().endsWith("on") || name.toLowerCase().endsWith("date")
                || name.toLowerCase().endsWith("at") || name.equals("from") || name.equals("to") || name.equals("start");
        switch (leaf) {
            case HOSTILE_STRINGS:
                return List.of("\u0000", "a\u0000b", "\uD800", "\uDFFFx", "<script>alert(1)</script>", "' OR 1=1 --",
                        "${7*7}", "../../etc/passwd", "\r\n\r\nX-Injected: 1", "\u202Eevil", "  ", "").get(random.nextInt(12));
            case BAD_DATES:
                if (date || random.nextBoolean()) {
                    return List.of("0000-01-01", "-999999999-01-01", "+999999999-12-31", "2026-02-30", "2026-13-01", "garbage",
                            "2026-12-07T25:61:00Z", "1970-01-01", "9999-12-31", "").get(random.nextInt(10));
                }
                break;
            case HUGE_STRING:
                return MEGABYTE;
            case EXTREME_NUMBERS:
                return List.of("1e300", "-1", "2147483647", "NaN", "-0", "99999999999999999999").get(random.nextInt(6));
            default:
                break;
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(random.nextInt(values.size())));
        }
        if (format.equals("date-time")) {
            return "2026-12-07T10:00:00+08:00";
        }
        if (date) {
            return "2026-12-" + String.format("%02d", 1 + random.nextInt(28));
        }
        List<String> known = scope.getOrDefault(name, List.of());
        if (!known.isEmpty()) {
            return known.get(random.nextInt(known.size()));
        }
        if (name.toLowerCase().contains("region")) {
            return List.of("130102", "130100", "130000", "110101").get(random.nextInt(4));
        }
        return List.of("测试", "fuzz", "计量器具 " + random.nextInt(1000), "91130100MA0" + random.nextInt(1_000_000))
                .get(random.nextInt(4));
    }

    // ---------------------------------------------------------------------------------------------- text

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** Percent-encodes a path or query value (a lone surrogate leaves as '?', which is also a hostile value). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String scalar(Object v) {
        return v instanceof Raw raw ? raw.text() : v instanceof String s ? s : toJson(v);
    }

    /** JSON text with every control character and every surrogate escaped, so lone surrogates go over the wire as such. */
    @SuppressWarnings("unchecked")
    static String toJson(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Raw raw) {
            return raw.text();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return String.valueOf(v);
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                var e = it.next();
                sb.append(toJson(String.valueOf(e.getKey()))).append(':').append(toJson(e.getValue()));
                if (it.hasNext()) {
                    sb.append(',');
                }
            }
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(toJson(l.get(i)));
            }
            return sb.append(']').toString();
        }
        String s = String.valueOf(v);
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String snippet(String s, int max) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
