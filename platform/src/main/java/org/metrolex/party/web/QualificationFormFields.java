package org.metrolex.party.web;

/** Backing object of the add-qualification form on the person page; field names match the API. */
public class QualificationFormFields {
    public String certificateNo = "";
    public String scope = "";
    public String validFrom = "";
    public String validUntil = "";

    public void setCertificateNo(String v) { certificateNo = v; }
    public void setScope(String v) { scope = v; }
    public void setValidFrom(String v) { validFrom = v; }
    public void setValidUntil(String v) { validUntil = v; }
}
