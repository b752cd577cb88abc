package org.copse.web.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Formats figures the same way in a picture and in its table: whole numbers as is, others to two decimals. */
final class Figures {
    private Figures() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite value: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static void requireFinite(double value, String what) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(what + " must be a finite number, zero or more: " + value);
        }
    }

    /** A "nice" axis maximum at or above {@code max}: 1, 2, 2.5 or 5 times a power of ten. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : List.of(1.0, 2.0, 2.5, 5.0, 10.0)) {
            if (step * power >= max - 1e-12) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
