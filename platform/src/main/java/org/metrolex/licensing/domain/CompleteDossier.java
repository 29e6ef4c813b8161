package org.metrolex.licensing.domain;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * A licence is granted on a complete dossier: every document the procedure requires uploaded. Granting on an
 * incomplete one needs the officer's written reason, which is audited.
 */
public final class CompleteDossier {

    private CompleteDossier() {
    }

    /** Whether the grant goes ahead on the officer's reason although {@code missing} is not empty. */
    public static boolean overridden(List<RequiredDocument> missing, String documentsOverride) {
        boolean overridden = !missing.isEmpty() && documentsOverride != null && !documentsOverride.isBlank();
        if (!missing.isEmpty() && !overridden) {
            String names = String.join("、", missing.stream().map(RequiredDocument::nameZh).toList());
            String namesEn = String.join(", ", missing.stream().map(RequiredDocument::nameEn).toList());
            throw new RuleBroken(RuleBroken.Kind.ILLEGAL_STATE, new FieldError("documentsOverride", "documentsComplete",
                    "尚有必需材料未上传：" + names + "。材料齐全后才能准予许可；确需先行准予的，须写明理由（记入审计日志）",
                    "required documents are not uploaded: " + namesEn
                            + ". A licence is granted when the dossier is complete; to grant anyway, give the reason (it is audited)"));
        }
        return overridden;
    }
}
