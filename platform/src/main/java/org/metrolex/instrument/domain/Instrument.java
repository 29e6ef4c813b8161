package org.metrolex.instrument.domain;

import java.time.OffsetDateTime;

/** A filed instrument. The owner is an enterprise of the party module, referred to by id. */
public record Instrument(long id, String categoryCode, String maker, String model, String serialNumber,
                         String typeApprovalNo, String accuracyClass, String measuringRange, long ownerEnterpriseId,
                         String regionCode, String location, InstrumentUse purpose, InstrumentStatus status,
                         String qrToken, OffsetDateTime filedAt, int version) {

    /**
     * The serial number as the public may see it: every character but the last four replaced by '*',
     * enough to match the plate on the instrument in front of you and no more. Serials of four
     * characters or fewer are masked whole.
     */
    public static String maskSerial(String serial) {
        if (serial == null || serial.isEmpty()) {
            return "";
        }
        if (serial.length() <= 4) {
            return "*".repeat(serial.length());
        }
        return "*".repeat(serial.length() - 4) + serial.substring(serial.length() - 4);
    }
}
