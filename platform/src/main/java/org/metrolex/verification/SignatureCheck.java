package org.metrolex.verification;

/** The result of checking a detached signature over certificate XML; {@code keyId} of the key tried, if any. */
public record SignatureCheck(boolean valid, String keyId, String certificateNumber) {
}
