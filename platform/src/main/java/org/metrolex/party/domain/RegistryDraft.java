package org.metrolex.party.domain;

import java.util.List;
import java.util.function.Predicate;
import org.metrolex.platform.problem.Problem.FieldError;

/** The fields of a party as entered: the region it will belong to and every rule the input breaks. */
public interface RegistryDraft {

    String regionCode();

    List<FieldError> problems(Predicate<String> regionExists);
}
