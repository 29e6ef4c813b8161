package org.metrolex.party.web;

import org.metrolex.party.domain.Person;
import org.metrolex.party.domain.PersonDraft;
import org.metrolex.platform.problem.RuleViolation;

/**
 * Backing object of the person form; field names match the API. The institution arrives as text
 * (an empty option means "none") and is parsed here, so a bad value is named instead of failing binding.
 */
public class PersonFormFields {
    public String name = "";
    public String role = "";
    public String regionCode = "";
    public String institutionId = "";
    public String phone = "";
    public int version;

    public void setName(String v) { name = v; }
    public void setRole(String v) { role = v; }
    public void setRegionCode(String v) { regionCode = v; }
    public void setInstitutionId(String v) { institutionId = v == null ? "" : v; }
    public void setPhone(String v) { phone = v; }
    public void setVersion(int v) { version = v; }

    PersonDraft draft() {
        Long institution = null;
        if (!institutionId.isBlank()) {
            try {
                institution = Long.valueOf(institutionId.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolation("institutionId", "number", "所属机构编号无效", "institution id is not a number");
            }
        }
        return new PersonDraft(name, role, regionCode, institution, phone);
    }

    static PersonFormFields of(Person p) {
        PersonFormFields f = new PersonFormFields();
        f.name = p.name();
        f.role = p.role().name();
        f.regionCode = p.regionCode();
        f.institutionId = p.institutionId() == null ? "" : String.valueOf(p.institutionId());
        f.phone = p.phone() == null ? "" : p.phone();
        f.version = p.version();
        return f;
    }
}
