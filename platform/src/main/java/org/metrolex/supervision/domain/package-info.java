/**
 * Pure rules of supervision: the verifiable random draw (双随机一公开) of targets and inspectors with
 * its canonical population document, seed commitment, conflict rules and counter-mode HMAC-SHA256
 * stream; no framework, so anyone can run {@link org.metrolex.supervision.domain.DrawVerifier}.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.metrolex.supervision.domain;
