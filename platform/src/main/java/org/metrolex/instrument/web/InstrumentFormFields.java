package org.metrolex.instrument.web;

import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.platform.text.Labels;
import org.metrolex.instrument.domain.InstrumentUse;

/** Backing object of the instrument form; field names match the API. */
public class InstrumentFormFields {
    public String categoryCode = "";
    public String maker = "";
    public String model = "";
    public String serialNumber = "";
    public String typeApprovalNo = "";
    public String accuracyClass = "";
    public String measuringRange = "";
    public Long ownerEnterpriseId;
    public String regionCode = "";
    public String location = "";
    public String purpose = "";
    public int version;

    public void setCategoryCode(String v) { categoryCode = v; }
    public void setMaker(String v) { maker = v; }
    public void setModel(String v) { model = v; }
    public void setSerialNumber(String v) { serialNumber = v; }
    public void setTypeApprovalNo(String v) { typeApprovalNo = v; }
    public void setAccuracyClass(String v) { accuracyClass = v; }
    public void setMeasuringRange(String v) { measuringRange = v; }
    public void setOwnerEnterpriseId(Long v) { ownerEnterpriseId = v; }
    public void setRegionCode(String v) { regionCode = v; }
    public void setLocation(String v) { location = v; }
    public void setPurpose(String v) { purpose = v; }
    public void setVersion(int v) { version = v; }

    InstrumentDraft draft(Labels labels) {
        return new InstrumentDraft(categoryCode, maker, model, serialNumber, typeApprovalNo, accuracyClass,
                measuringRange, ownerEnterpriseId, regionCode, location, labels.code(InstrumentUse.class, purpose));
    }

    public boolean isOwner(long enterpriseId) {
        return ownerEnterpriseId != null && ownerEnterpriseId == enterpriseId;
    }

    static InstrumentFormFields of(Instrument i) {
        InstrumentFormFields f = new InstrumentFormFields();
        f.categoryCode = i.categoryCode();
        f.maker = i.maker();
        f.model = i.model();
        f.serialNumber = i.serialNumber();
        f.typeApprovalNo = nz(i.typeApprovalNo());
        f.accuracyClass = nz(i.accuracyClass());
        f.measuringRange = nz(i.measuringRange());
        f.ownerEnterpriseId = i.ownerEnterpriseId();
        f.regionCode = i.regionCode();
        f.location = nz(i.location());
        f.purpose = i.purpose().name();
        f.version = i.version();
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
