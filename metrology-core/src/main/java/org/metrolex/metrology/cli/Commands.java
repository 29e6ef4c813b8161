package org.metrolex.metrology.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.metrology.rounding.ReportedResult;
import org.metrolex.metrology.rounding.Rounding;
import org.metrolex.metrology.rules.RuleBook;
import org.metrolex.metrology.rules.RuleEdition;

/** The commands of the command-line interface; each is a thin adapter over the library's API. */
final class Commands {

    private Commands() {
    }

    static void register(Map<String, MetrologyCli.Command> commands) {
        commands.put("credit-code", command("check a unified social credit code (GB 32100-2015)", Commands::creditCode));
        commands.put("round", command("round a number (GB/T 8170) or a result with its uncertainty (JJF 1059.1)", Commands::round));
        commands.put("rules", command("list the rule tables and the edition in force on a date", Commands::rules));
        PrepackageCommands.register(commands);
        ComparisonCommands.register(commands);
        ConformityCommands.register(commands);
        UncertaintyCommands.register(commands);
    }

    static MetrologyCli.Command command(String summary, java.util.function.Function<Input, Object> body) {
        return new MetrologyCli.Command() {
            @Override
            public String summary() {
                return summary;
            }

            @Override
            public Object run(Input input) {
                return body.apply(input);
            }
        };
    }

    /**
     * A JSON object whose keys keep the order given, so that saved outputs diff cleanly (never
     * {@code Map.of}, whose iteration order changes from run to run).
     */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Object creditCode(Input in) {
        String code = CreditCode.normalise(in.text("code"));
        CreditCode.Problem p = CreditCode.check(code);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", code);
        out.put("valid", p == CreditCode.Problem.NONE);
        if (p == CreditCode.Problem.NONE) {
            out.put("regionCode", code.substring(2, 8));
        } else {
            out.put("problem", p.name());
            out.put("messageZh", p.zh);
            out.put("messageEn", p.en);
            if (code.length() >= 17 && p == CreditCode.Problem.CHECK_CHARACTER) {
                out.put("expectedCheckCharacter", String.valueOf(CreditCode.checkCharacter(code.substring(0, 17))));
            }
        }
        out.put("regulation", "GB 32100-2015");
        return out;
    }

    /** Most significant figures {@code round} keeps (a number has at most 100 digits, Input.MAX_NUMBER_LENGTH). */
    static final int MAX_FIGURES = 100;

    static Object round(Input in) {
        BigDecimal value = in.decimal("value");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", value);
        if (in.has("uncertainty")) {
            RoundingMode mode = in.bool("roundUncertaintyUp", false) ? RoundingMode.UP : RoundingMode.HALF_EVEN;
            ReportedResult r = ReportedResult.of(value, in.decimal("uncertainty"), in.integer("figures", 1, 2, 2), mode);
            out.put("result", r.value());
            out.put("uncertainty", r.uncertainty());
            out.put("regulation", "JJF 1059.1-2012 5.3.8; GB/T 8170-2008");
        } else if (in.has("interval")) {
            out.put("result", Rounding.toInterval(value, in.decimal("interval")));
            out.put("regulation", "GB/T 8170-2008 3.1–3.4");
        } else if (in.has("figures")) {
            out.put("result", Rounding.toSignificantFigures(value, in.integer("figures", 1, MAX_FIGURES)));
            out.put("regulation", "GB/T 8170-2008");
        } else {
            throw new CliInputException("interval", "required", "give interval, figures or uncertainty",
                    "须给出 interval（修约间隔）、figures（有效位数）或 uncertainty（不确定度）之一");
        }
        return out;
    }

    static Object rules(Input in) {
        LocalDate date = in.date("date", LocalDate.now());
        RuleBook book = RuleBook.shipped();
        List<Map<String, Object>> rows = book.all().stream().map(t -> {
            RuleEdition e = t.edition();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.ruleId());
            m.put("regulation", e.regulation());
            m.put("clause", e.clause());
            m.put("effectiveFrom", e.effectiveFrom().toString());
            m.put("effectiveUntil", e.effectiveUntil() == null ? null : e.effectiveUntil().toString());
            m.put("verified", e.verified());
            m.put("inForce", e.inForceOn(date));
            m.put("source", e.source());
            return m;
        }).toList();
        return object("date", date.toString(), "tables", rows);
    }
}
