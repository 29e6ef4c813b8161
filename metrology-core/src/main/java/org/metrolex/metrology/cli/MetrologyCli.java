package org.metrolex.metrology.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metrolex.metrology.rules.NoRuleInForceException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar metrology-core-cli.jar <command>}: reads one JSON object on standard input and writes
 * one JSON object on standard output. Exit 0 on success; on bad input exit 2 with
 * {@code {"error":{"field","rule","messageEn","messageZh"}}}; exit 1 only on an internal failure (a defect:
 * bad input, however malformed, huge or extreme, is exit 2). Object keys keep one order on every run.
 * Commands and their input are documented in docs/cli.md.
 */
public final class MetrologyCli {

    /** One command: JSON object in, JSON-serialisable value out. */
    public interface Command {
        String summary();

        Object run(Input input);
    }

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Largest input accepted on standard input (docs/cli.md, Limits). */
    public static final int MAX_INPUT_BYTES = 1 << 20;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public MetrologyCli() {
        Commands.register(commands);
    }

    /** The command names, in the order {@code help} lists them. */
    public java.util.Set<String> commandNames() {
        return java.util.Collections.unmodifiableSet(commands.keySet());
    }

    public static void main(String[] args) {
        System.exit(new MetrologyCli().run(args, System.in, System.out, System.err));
    }

    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length != 1 || !commands.containsKey(args[0])) {
            err.println("usage: java -jar metrology-core-cli.jar <command> < input.json");
            err.println("commands:");
            commands.forEach((name, c) -> err.printf("  %-16s %s%n", name, c.summary()));
            return args.length == 1 && (args[0].equals("help") || args[0].equals("--help")) ? 0 : 2;
        }
        try {
            byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new CliInputException("$", "size", "the input is larger than " + MAX_INPUT_BYTES + " bytes",
                        "输入超过 " + MAX_INPUT_BYTES + " 字节");
            }
            JsonNode input = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (input == null || !input.isObject()) {
                throw new CliInputException("$", "object", "input must be one JSON object", "输入必须是一个 JSON 对象");
            }
            Object result = commands.get(args[0]).run(new Input(input, ""));
            out.println(JSON.writeValueAsString(result));
            return 0;
        } catch (CliInputException e) {
            return fail(out, e.field(), e.rule(), e.getMessage(), e.messageZh());
        } catch (JacksonException e) {
            return fail(out, "$", "json", "input is not valid JSON: " + e.getOriginalMessage(), "输入不是有效的 JSON");
        } catch (NoRuleInForceException e) {
            // A date before the first edition (or in a gap) is a question the rule book cannot answer, not a fault.
            return fail(out, "date", "rule-in-force", e.getMessage(), e.getMessage());
        } catch (IllegalArgumentException e) {
            // The library refuses input it cannot decide on; its messages name the field and the rule.
            return fail(out, "$", "rule", e.getMessage(), e.getMessage());
        } catch (Exception e) {
            out.println(JSON.writeValueAsString(Commands.object("error", error("$", "internal", String.valueOf(e), "内部错误"))));
            return 1;
        }
    }

    private static int fail(PrintStream out, String field, String rule, String en, String zh) {
        out.println(JSON.writeValueAsString(Commands.object("error", error(field, rule, en, zh))));
        return 2;
    }

    private static Map<String, String> error(String field, String rule, String en, String zh) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("rule", rule);
        m.put("messageEn", en);
        m.put("messageZh", zh);
        return m;
    }
}
