package org.metrolex.party.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.metrolex.metrology.identifier.CreditCode;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * The fields of an enterprise as entered, before they are stored. {@link #problems} lists every rule
 * the draft breaks, each naming its field, so that a form or an import row reports all at once.
 */
public record EnterpriseDraft(String creditCode, String name, String address, String regionCode,
                              String category, String legalRepresentative, String contactPhone) implements RegistryDraft {

    public EnterpriseDraft {
        creditCode = CreditCode.normalise(creditCode);
        name = trim(name);
        address = trim(address);
        regionCode = trim(regionCode);
        category = trim(category);
        legalRepresentative = trim(legalRepresentative);
        contactPhone = trim(contactPhone);
    }

    public List<FieldError> problems(Predicate<String> regionExists) {
        List<FieldError> errors = new ArrayList<>();
        if (creditCode.isEmpty()) {
            errors.add(new FieldError("creditCode", "required", "统一社会信用代码必填", "unified social credit code is required"));
        } else {
            CreditCode.Problem p = CreditCode.check(creditCode);
            if (p != CreditCode.Problem.NONE) {
                errors.add(new FieldError("creditCode", "gb32100." + p.name().toLowerCase(), p.zh, "credit code " + p.en));
            }
        }
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "名称必填", "name is required"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("name", "max-length", "名称不超过200字", "name must be at most 200 characters"));
        }
        if (regionCode.isEmpty()) {
            errors.add(new FieldError("regionCode", "required", "所在区划必填", "region code is required"));
        } else if (!regionExists.test(regionCode)) {
            errors.add(new FieldError("regionCode", "gbt2260", "行政区划代码不存在（GB/T 2260）：" + regionCode,
                    "not a known region code (GB/T 2260): " + regionCode));
        }
        if (category.isEmpty()) {
            errors.add(new FieldError("category", "required", "类别必填", "category is required"));
        } else if (EnterpriseCategory.parse(category) == null) {
            errors.add(new FieldError("category", "known", "类别不在允许的取值内：" + category,
                    "category is not one of the allowed values: " + category));
        }
        if (!contactPhone.isEmpty() && !contactPhone.matches("[0-9+\\- ]{5,20}")) {
            errors.add(new FieldError("contactPhone", "pattern", "联系电话格式不正确", "contact phone is not a phone number"));
        }
        return errors;
    }

    public EnterpriseCategory parsedCategory() {
        return EnterpriseCategory.parse(category);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
