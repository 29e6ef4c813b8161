package org.metrolex.rules.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The errors and warnings one check of a rule file collects, shared by the steps of {@link RuleFileCheck}. */
final class RuleFileProblems {

    final List<RuleFileProblem> errors = new ArrayList<>();
    final List<RuleFileProblem> warnings = new ArrayList<>();

    void error(int line, String field, String rule, String zh, String en) {
        errors.add(new RuleFileProblem(line, field, rule, zh, en));
    }

    void warn(int line, String field, String rule, String zh, String en) {
        warnings.add(new RuleFileProblem(line, field, rule, zh, en));
    }

    boolean none() {
        return errors.isEmpty();
    }

    /** The errors in the order of the file: the file as a whole first, then by line. */
    List<RuleFileProblem> sortedErrors() {
        errors.sort(Comparator.comparingInt(RuleFileProblem::line));
        return List.copyOf(errors);
    }
}
