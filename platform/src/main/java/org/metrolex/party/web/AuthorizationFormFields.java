package org.metrolex.party.web;

/** Backing object of the add-authorisation form on the institution page; field names match the API. */
public class AuthorizationFormFields {
    public String certificateNo = "";
    public String instrumentType = "";
    public String regionCode = "";
    public String validFrom = "";
    public String validUntil = "";

    public void setCertificateNo(String v) { certificateNo = v; }
    public void setInstrumentType(String v) { instrumentType = v; }
    public void setRegionCode(String v) { regionCode = v; }
    public void setValidFrom(String v) { validFrom = v; }
    public void setValidUntil(String v) { validUntil = v; }
}
