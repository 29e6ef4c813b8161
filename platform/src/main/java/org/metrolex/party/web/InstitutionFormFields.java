package org.metrolex.party.web;

import org.metrolex.party.domain.Institution;
import org.metrolex.party.domain.InstitutionDraft;

/** Backing object of the institution form; field names match the API. */
public class InstitutionFormFields {
    public String creditCode = "";
    public String name = "";
    public String address = "";
    public String regionCode = "";
    public String kind = "";
    public String contactPhone = "";
    public int version;

    public void setCreditCode(String v) { creditCode = v; }
    public void setName(String v) { name = v; }
    public void setAddress(String v) { address = v; }
    public void setRegionCode(String v) { regionCode = v; }
    public void setKind(String v) { kind = v; }
    public void setContactPhone(String v) { contactPhone = v; }
    public void setVersion(int v) { version = v; }

    InstitutionDraft draft() {
        return new InstitutionDraft(creditCode, name, address, regionCode, kind, contactPhone);
    }

    static InstitutionFormFields of(Institution i) {
        InstitutionFormFields f = new InstitutionFormFields();
        f.creditCode = i.creditCode();
        f.name = i.name();
        f.address = nz(i.address());
        f.regionCode = i.regionCode();
        f.kind = i.kind().name();
        f.contactPhone = nz(i.contactPhone());
        f.version = i.version();
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
