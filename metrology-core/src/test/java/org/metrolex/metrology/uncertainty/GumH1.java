package org.metrolex.metrology.uncertainty;

/**
 * Test data: GUM H.1, calibration of an end gauge of nominal length 50 mm (JCGM 100:2008 Annex H.1), in
 * millimetres and degrees Celsius. l = l_s + d − l_s(δα·θ + α_s·δθ), with d = d̄ + d₁ + d₂ (H.1.3.2) and
 * θ = θ̄ + Δ (H.1.3.3), so that every component carries its own νᵢ:
 * <ul>
 *   <li>l_s = 50.000 623 mm, u = 25 nm, ν = 18 (H.1.3.1: U = 0.075 µm at k = 3 from the certificate);</li>
 *   <li>d̄ = 215 nm, u = 5.8 nm, ν = 24 (H.1.3.2: pooled s = 13 nm from 25 readings, mean of 5);</li>
 *   <li>d₁ = 0, u = 3.9 nm, ν = 5 (comparator random effects); d₂ = 0, u = 6.7 nm, ν = 8 (systematic);</li>
 *   <li>α_s = 11.5 × 10⁻⁶ °C⁻¹, rectangular ± 2 × 10⁻⁶ °C⁻¹, ν = ∞ (H.1.3.3);</li>
 *   <li>θ̄ = −0.1 °C, u = 0.2 °C; Δ = 0, arcsine ± 0.5 °C (u = 0.35 °C); ν = ∞ (H.1.3.4);</li>
 *   <li>δα = 0, rectangular ± 1 × 10⁻⁶ °C⁻¹, ν = 50 (H.1.3.5);</li>
 *   <li>δθ = 0, rectangular ± 0.050 °C, ν = 2 (H.1.3.6).</li>
 * </ul>
 * Certificates' u with ν are t-distributions, as JCGM 101 9.5 treats this example; the law of propagation
 * uses u = scale.
 */
final class GumH1 {

    static final double NM = 1e-6;

    private GumH1() {
    }

    static MeasurementModel model() {
        return MeasurementModel.builder()
                .input("l_s", 50.000623, Distribution.studentT(25 * NM, 18))
                .input("d0", 215 * NM, Distribution.studentT(5.8 * NM, 24))
                .input("d1", 0, Distribution.studentT(3.9 * NM, 5))
                .input("d2", 0, Distribution.studentT(6.7 * NM, 8))
                .input("alpha_s", 11.5e-6, Distribution.rectangular(2e-6))
                .input("theta_bar", -0.1, Distribution.normal(0.2))
                .input("Delta", 0, Distribution.arcSine(0.5))
                .input(Input.of("d_alpha", 0, Distribution.rectangular(1e-6)).withDegreesOfFreedom(50))
                .input(Input.of("d_theta", 0, Distribution.rectangular(0.05)).withDegreesOfFreedom(2))
                .function(x -> {
                    double ls = x[0];
                    double d = x[1] + x[2] + x[3];
                    double theta = x[5] + x[6];
                    return ls + d - ls * (x[7] * theta + x[4] * x[8]);
                })
                .build();
    }
}
