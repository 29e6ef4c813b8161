package org.metrolex.prepackaged;

import java.util.List;
import org.metrolex.prepackaged.domain.EntryProblem;

/**
 * The outcome of importing a balance's CSV: every refused row is reported; when any row is refused
 * nothing is written (REJECTED). Importing the same readings again changes nothing (UNCHANGED).
 */
public record ReadingsImport(Outcome outcome, int rows, List<EntryProblem> problems, Lot lot) {

    public enum Outcome { RECORDED, UNCHANGED, REJECTED }
}
