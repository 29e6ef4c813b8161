package org.metrolex.verification.domain;

/**
 * How much a defect weighs. A BLOCKING defect refuses the certificate at issue and makes an issued one
 * count as defective in an audit; a WARNING is shown (on the certificate and in the audit report) but
 * neither refuses nor counts the certificate as defective.
 */
public enum Severity {
    BLOCKING,
    WARNING
}
