package org.copse.web.charts;

import java.util.List;

/**
 * A value axis from zero: a "nice" step (1, 2, 2.5 or 5 times a power of ten) and as many ticks as reach the
 * largest value, at most {@code maxTicks}. Counts get whole steps, so no axis of counts reads 0.25.
 */
record Axis(double step, int ticks) {
    static Axis of(List<Double> values, int maxTicks) {
        double largest = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        boolean whole = values.stream().allMatch(v -> v == Math.rint(v));
        if (largest <= 0) {
            return new Axis(1, 1);
        }
        double step = Figures.niceCeiling(largest / maxTicks);
        if (whole && step != Math.rint(step)) {
            step = Figures.niceCeiling(Math.ceil(step));
        }
        return new Axis(step, Math.max(1, (int) Math.ceil(largest / step - 1e-9)));
    }

    double max() {
        return step * ticks;
    }
}
