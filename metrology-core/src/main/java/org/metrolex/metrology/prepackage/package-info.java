/**
 * Prepackaged goods with fixed content (定量包装商品): the tolerable shortfall T of one package, the
 * sampling plan by lot size, the lot decision and the random choice of the packages to test — JJF 1070
 * and the 定量包装商品计量监督管理办法 附表3/附表4. The numbers are data (rule files under
 * {@code rules/prepackage/}); every result names the {@link org.metrolex.metrology.rules.RuleEdition}
 * that decided it.
 *
 * <p>Entry points: {@link org.metrolex.metrology.prepackage.LotInspection#inForce} then
 * {@link org.metrolex.metrology.prepackage.LotInspection#decide}; {@link
 * org.metrolex.metrology.prepackage.TolerableShortfalls}, {@link
 * org.metrolex.metrology.prepackage.SamplingPlans} and {@link
 * org.metrolex.metrology.prepackage.SampleSelection} for the single steps.
 */
package org.metrolex.metrology.prepackage;
