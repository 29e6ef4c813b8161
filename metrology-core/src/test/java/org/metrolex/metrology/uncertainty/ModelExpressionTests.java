package org.metrolex.metrology.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formulas of measurement models: precedence, functions, and errors that point at the character. */
class ModelExpressionTests {

    private static final List<String> NAMES = List.of("a", "b", "c");
    private static final double[] X = {2, 3, 4};

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "a + b * c | 14",
            "(a + b) * c | 20",
            "a - b - c | -5",
            "c / a / a | 1",
            "a ^ b ^ 2 | 512",
            "-a ^ 2 | -4",
            "sqrt(c) + abs(-b) | 5",
            "2.5e1 * a | 50",
            "ln(exp(b)) | 3",
            // GUM H.1 form: l = ls + d − ls(δα·θ + αs·δθ)
            "a + b - a*(c*1e-6 + 2e-6*b) | 4.99998",
            "a ^ -1 | 0.5"
    })
    void evaluates(String formula, double expected) {
        assertThat(ModelExpression.compile(formula, NAMES).value(X)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a + d | unknown input 'd'",
            "a + | expected a number",
            "(a + b | expected ')'",
            "foo(a) | unknown function",
            "a b | unexpected 'b'"
    })
    void refusesWithThePosition(String formula, String message) {
        assertThatThrownBy(() -> ModelExpression.compile(formula, NAMES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message).hasMessageContaining("模型公式");
    }
}
