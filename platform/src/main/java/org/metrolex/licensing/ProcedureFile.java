package org.metrolex.licensing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.metrolex.licensing.domain.Procedure;
import org.metrolex.platform.problem.Problem.FieldError;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The procedures shipped in {@code licensing/procedures.json} and the JSON form in which a procedure
 * version is stored. A malformed or inconsistent shipped file stops start-up.
 */
public final class ProcedureFile {

    public static final String RESOURCE = "/licensing/procedures.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Shipped(String comment, List<Procedure> procedures) {
    }

    private ProcedureFile() {
    }

    /** The shipped procedures, each checked. */
    public static List<Procedure> shipped() {
        try (InputStream in = ProcedureFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<Procedure> procedures = JSON.readValue(in, Shipped.class).procedures();
            for (Procedure p : procedures) {
                List<FieldError> problems = p.problems();
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ": procedure " + p.code() + ": " + problems);
                }
            }
            return procedures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Procedure p) {
        return JSON.writeValueAsString(p);
    }

    public static Procedure fromJson(String json) {
        return JSON.readValue(json, Procedure.class);
    }
}
