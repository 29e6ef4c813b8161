package org.metrolex.party.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.metrolex.platform.problem.Problem.FieldError;

/** Person fields as entered; a verifier must belong to an institution. */
public record PersonDraft(String name, String role, String regionCode, Long institutionId, String phone) implements RegistryDraft {

    public PersonDraft {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
        regionCode = regionCode == null ? "" : regionCode.strip();
        phone = phone == null ? "" : phone.strip();
    }

    public List<FieldError> problems(Predicate<String> regionExists) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "姓名必填", "name is required"));
        }
        if (parsedRole() == null) {
            errors.add(new FieldError("role", "known", "类别须为 INSPECTOR 或 VERIFIER", "role must be INSPECTOR or VERIFIER"));
        }
        if (!regionExists.test(regionCode)) {
            errors.add(new FieldError("regionCode", "gbt2260", "行政区划代码不存在（GB/T 2260）：" + regionCode,
                    "not a known region code (GB/T 2260): " + regionCode));
        }
        if (parsedRole() == PersonRole.VERIFIER && institutionId == null) {
            errors.add(new FieldError("institutionId", "verifier-institution", "检定员必须属于一个检定机构",
                    "a verifier must belong to an institution"));
        }
        return errors;
    }

    public PersonRole parsedRole() {
        for (PersonRole r : PersonRole.values()) {
            if (r.name().equalsIgnoreCase(role)) {
                return r;
            }
        }
        return null;
    }
}
