/**
 * Evaluation of measurement uncertainty: GUM (JCGM 100:2008) as adopted in JJF 1059.1-2012, and the
 * Monte Carlo method of JCGM 101:2008 as adopted in JJF 1059.2-2012.
 *
 * <p>A {@link org.metrolex.metrology.uncertainty.MeasurementModel} holds named
 * {@link org.metrolex.metrology.uncertainty.Input}s, each with an estimate and a
 * {@link org.metrolex.metrology.uncertainty.Distribution}, optional correlations and the
 * {@link org.metrolex.metrology.uncertainty.ModelFunction}. {@code model.budget(Coverage)} applies the law of
 * propagation and gives the {@link org.metrolex.metrology.uncertainty.UncertaintyBudget} (table, u_c,
 * ν_eff, k, U, the reported result); {@link org.metrolex.metrology.uncertainty.MonteCarlo} propagates the
 * distributions and gives a {@link org.metrolex.metrology.uncertainty.MonteCarloResult}, which validates the
 * budget's interval (JCGM 101 8.2). Numbers are doubles while computing; the reported figures are
 * {@code BigDecimal}s rounded once by {@link org.metrolex.metrology.rounding.ReportedResult}.
 */
package org.metrolex.metrology.uncertainty;
