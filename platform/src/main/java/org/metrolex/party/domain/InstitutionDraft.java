package org.metrolex.party.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.platform.problem.Problem.FieldError;

/** Institution fields as entered; {@link #problems} names every broken rule. */
public record InstitutionDraft(String creditCode, String name, String address, String regionCode, String kind,
                               String contactPhone) implements RegistryDraft {

    public InstitutionDraft {
        creditCode = CreditCode.normalise(creditCode);
        name = name == null ? "" : name.strip();
        address = address == null ? "" : address.strip();
        regionCode = regionCode == null ? "" : regionCode.strip();
        kind = kind == null ? "" : kind.strip();
        contactPhone = contactPhone == null ? "" : contactPhone.strip();
    }

    public List<FieldError> problems(Predicate<String> regionExists) {
        List<FieldError> errors = new ArrayList<>();
        CreditCode.Problem p = creditCode.isEmpty() ? null : CreditCode.check(creditCode);
        if (creditCode.isEmpty()) {
            errors.add(new FieldError("creditCode", "required", "统一社会信用代码必填", "unified social credit code is required"));
        } else if (p != CreditCode.Problem.NONE) {
            errors.add(new FieldError("creditCode", "gb32100." + p.name().toLowerCase(), p.zh, "credit code " + p.en));
        }
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "名称必填", "name is required"));
        }
        if (!regionExists.test(regionCode)) {
            errors.add(new FieldError("regionCode", "gbt2260", "行政区划代码不存在（GB/T 2260）：" + regionCode,
                    "not a known region code (GB/T 2260): " + regionCode));
        }
        if (parsedKind() == null) {
            errors.add(new FieldError("kind", "known", "机构类别须为 STATUTORY 或 AUTHORIZED", "kind must be STATUTORY or AUTHORIZED"));
        }
        return errors;
    }

    public InstitutionKind parsedKind() {
        for (InstitutionKind k : InstitutionKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        return null;
    }
}
