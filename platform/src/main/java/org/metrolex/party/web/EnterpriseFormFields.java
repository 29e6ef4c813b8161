package org.metrolex.party.web;

import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.platform.text.Labels;
import org.metrolex.party.domain.EnterpriseCategory;

/** Backing object of the enterprise form; field names match the API. */
public class EnterpriseFormFields {
    public String creditCode = "";
    public String name = "";
    public String address = "";
    public String regionCode = "";
    public String category = "";
    public String legalRepresentative = "";
    public String contactPhone = "";
    public int version;

    public void setCreditCode(String v) { creditCode = v; }
    public void setName(String v) { name = v; }
    public void setAddress(String v) { address = v; }
    public void setRegionCode(String v) { regionCode = v; }
    public void setCategory(String v) { category = v; }
    public void setLegalRepresentative(String v) { legalRepresentative = v; }
    public void setContactPhone(String v) { contactPhone = v; }
    public void setVersion(int v) { version = v; }

    EnterpriseDraft draft(Labels labels) {
        return new EnterpriseDraft(creditCode, name, address, regionCode, labels.code(EnterpriseCategory.class, category),
                legalRepresentative, contactPhone);
    }

    static EnterpriseFormFields of(Enterprise e) {
        EnterpriseFormFields f = new EnterpriseFormFields();
        f.creditCode = e.creditCode();
        f.name = e.name();
        f.address = nz(e.address());
        f.regionCode = e.regionCode();
        f.category = e.category().name();
        f.legalRepresentative = nz(e.legalRepresentative());
        f.contactPhone = nz(e.contactPhone());
        f.version = e.version();
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
