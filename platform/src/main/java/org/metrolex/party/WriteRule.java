package org.metrolex.party;

import java.util.List;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;

/** Who may write a party record of a region; every registry command checks one of these. */
enum WriteRule {

    /** Officers manage the records of their own region and the regions below it. */
    BUREAU_OF_REGION {
        @Override
        void require(DataScope scope, String regionCode) {
            requireOfficer(scope);
            if (!scope.coversRegion(regionCode)) {
                throw new RuleViolation(403, List.of(new FieldError("regionCode", "scope", "该区划不在您的管辖范围内",
                        "this region lies outside your jurisdiction")));
            }
        }
    },

    /**
     * Verification institutions are authorised by the provincial bureau or, by delegation, a city
     * bureau (Metrology Law art. 20; 计量授权管理办法); county bureaus do not authorise.
     */
    AUTHORISING_BUREAU {
        @Override
        void require(DataScope scope, String regionCode) {
            if (scope.role() != Role.PROVINCE_ADMIN && scope.role() != Role.CITY_OFFICER) {
                throw new RuleViolation(403, List.of(new FieldError("role", "authorising-bureau",
                        "只有省、市局可以设立或授权检定机构", "only the provincial or a city bureau may register or authorise institutions")));
            }
            BUREAU_OF_REGION.require(scope, regionCode);
        }
    };

    abstract void require(DataScope scope, String regionCode);

    static void requireOfficer(DataScope scope) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有监管部门工作人员可以修改此类记录",
                    "only bureau officers may change these records")));
        }
    }

    static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolation(400, errors);
        }
    }

    static RuleViolation staleVersion() {
        return new RuleViolation(409, List.of(new FieldError("version", "current", "记录已被他人修改，请刷新后重试",
                "the record was changed by someone else: reload and try again")));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
