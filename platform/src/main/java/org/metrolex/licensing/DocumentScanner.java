package org.metrolex.licensing;

import org.metrolex.licensing.domain.LicenceDocument.ScanStatus;

/**
 * Hook for a virus scanner (e.g. a ClamAV daemon) run on every upload before it is stored. Metrolex
 * ships none: the default {@link NotScanned} records "not scanned", so nobody is led to believe a file
 * was checked. Provide a bean of this type to plug one in; an {@code INFECTED} answer refuses the upload.
 */
public interface DocumentScanner {

    record Result(ScanStatus status, String note) {
    }

    Result scan(String fileName, byte[] content);
}
