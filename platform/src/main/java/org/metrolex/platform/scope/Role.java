package org.metrolex.platform.scope;

/** The roles of the platform (PRODUCT.md, "Users and what they do"). */
public enum Role {
    PROVINCE_ADMIN,
    CITY_OFFICER,
    COUNTY_OFFICER,
    INSTITUTION_STAFF,
    ENTERPRISE_USER,
    /** Anyone not logged in. Never stored on an account. */
    PUBLIC;

    public boolean isOfficer() {
        return this == PROVINCE_ADMIN || this == CITY_OFFICER || this == COUNTY_OFFICER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
