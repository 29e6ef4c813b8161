package org.metrolex.platform.web;

import java.util.List;
import java.util.function.Supplier;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a form's command so that the user sees every error at once. When some fields could not even be
 * read (a number that is not a number), the command is still tried — with those fields empty — inside a
 * transaction that is always rolled back, only to collect the rules it would refuse; nothing is written
 * (audit entries and events share the command's transaction and go with it). The answer is then one
 * {@link RuleViolation} with the reading errors and the command's.
 */
@Component
public class FormSubmission {

    private final TransactionTemplate dryRun;

    FormSubmission(PlatformTransactionManager transactions) {
        this.dryRun = new TransactionTemplate(transactions);
    }

    public <T> T run(FormInput input, Supplier<T> command) {
        if (input.ok()) {
            return command.get();
        }
        List<FieldError> refused = dryRun.execute(status -> {
            status.setRollbackOnly();
            try {
                command.get();
                return List.of();
            } catch (RuleViolation v) {
                return v.status() == 400 || v.status() == 409 || v.status() == 422 ? v.errors() : List.of();
            }
        });
        throw new RuleViolation(400, input.with(refused));
    }

    public void run(FormInput input, Runnable command) {
        run(input, () -> {
            command.run();
            return null;
        });
    }
}
