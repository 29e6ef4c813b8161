package org.metrolex.instrument.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.metrolex.platform.problem.Problem.FieldError;

/**
 * The fields of an instrument as filed, before they are stored. {@link #problems} lists every rule the
 * draft breaks, each naming its field:
 * <ul>
 *   <li>category, maker, model, serial number, owner, region and use are required;</li>
 *   <li>the category must be in the catalogue and the use one of TRADE, HEALTH, SAFETY, ENVIRONMENT;</li>
 *   <li>the region must be a known GB/T 2260 code and be the owner's region or one below it — an
 *       instrument is supervised where it is used, which is where its owner is registered or below.</li>
 * </ul>
 */
public record InstrumentDraft(String categoryCode, String maker, String model, String serialNumber,
                              String typeApprovalNo, String accuracyClass, String measuringRange,
                              Long ownerEnterpriseId, String regionCode, String location, String purpose) {

    public InstrumentDraft {
        categoryCode = trim(categoryCode);
        maker = trim(maker);
        model = trim(model);
        serialNumber = trim(serialNumber);
        typeApprovalNo = trim(typeApprovalNo);
        accuracyClass = trim(accuracyClass);
        measuringRange = trim(measuringRange);
        regionCode = trim(regionCode);
        location = trim(location);
        purpose = trim(purpose);
    }

    /** The same draft for another owner and region (an enterprise files for itself, where it is). */
    public InstrumentDraft ownedBy(long enterpriseId, String region) {
        return new InstrumentDraft(categoryCode, maker, model, serialNumber, typeApprovalNo, accuracyClass,
                measuringRange, enterpriseId, region, location, purpose);
    }

    /**
     * @param categoryExists whether a code is in the catalogue
     * @param regionExists   whether a code is a known region
     * @param ownerRegion    the owner enterprise's region, or null if the owner is unknown
     * @param isWithin       (region, ancestor) → region is the ancestor or lies below it
     */
    public List<FieldError> problems(Predicate<String> categoryExists, Predicate<String> regionExists,
                                     String ownerRegion, BiPredicate<String, String> isWithin) {
        List<FieldError> errors = new ArrayList<>();
        if (categoryCode.isEmpty()) {
            errors.add(new FieldError("categoryCode", "required", "器具类别必填", "category is required"));
        } else if (!categoryExists.test(categoryCode)) {
            errors.add(new FieldError("categoryCode", "catalogue", "器具类别不在强制检定目录中：" + categoryCode,
                    "category is not in the mandatory-verification catalogue: " + categoryCode));
        }
        required(errors, maker, "maker", "制造厂", "maker");
        required(errors, model, "model", "型号规格", "model");
        required(errors, serialNumber, "serialNumber", "出厂编号", "serial number");
        if (serialNumber.length() > 64) {
            errors.add(new FieldError("serialNumber", "max-length", "出厂编号不超过64个字符",
                    "serial number must be at most 64 characters"));
        }
        if (ownerEnterpriseId == null) {
            errors.add(new FieldError("ownerEnterpriseId", "required", "所有者（企业）必填", "owner enterprise is required"));
        } else if (ownerRegion == null) {
            errors.add(new FieldError("ownerEnterpriseId", "exists", "所有者企业不存在或不在您的管辖范围内",
                    "the owner enterprise does not exist or lies outside your jurisdiction"));
        }
        if (regionCode.isEmpty()) {
            errors.add(new FieldError("regionCode", "required", "使用地区划必填", "region code is required"));
        } else if (!regionExists.test(regionCode)) {
            errors.add(new FieldError("regionCode", "gbt2260", "行政区划代码不存在（GB/T 2260）：" + regionCode,
                    "not a known region code (GB/T 2260): " + regionCode));
        } else if (ownerRegion != null && !isWithin.test(regionCode, ownerRegion)) {
            errors.add(new FieldError("regionCode", "within-owner", "使用地须为所有者企业所在区划或其下级区划",
                    "the region must be the owner enterprise's region or one below it"));
        }
        if (purpose.isEmpty()) {
            errors.add(new FieldError("purpose", "required", "用途必填", "use is required"));
        } else if (InstrumentUse.parse(purpose) == null) {
            errors.add(new FieldError("purpose", "known", "用途须为贸易结算、医疗卫生、安全防护或环境监测之一：" + purpose,
                    "use must be one of TRADE, HEALTH, SAFETY, ENVIRONMENT: " + purpose));
        }
        return errors;
    }

    public InstrumentUse parsedPurpose() {
        return InstrumentUse.parse(purpose);
    }

    private static void required(List<FieldError> errors, String value, String field, String zh, String en) {
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "required", zh + "必填", en + " is required"));
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
