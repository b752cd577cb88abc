package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTest {
    @Test
    void countsGetWholeSteps() {
        assertThat(Axis.of(List.of(0.0, 1.0), 5)).isEqualTo(new Axis(1, 1));
        assertThat(Axis.of(List.of(3.0), 5)).isEqualTo(new Axis(1, 3));
        assertThat(Axis.of(List.of(12.0, 4.0), 5)).as("2.5 is no step for counts").isEqualTo(new Axis(5, 3));
        assertThat(Axis.of(List.of(120.0), 5)).isEqualTo(new Axis(25, 5));
        assertThat(Axis.of(List.of(130.0), 5)).isEqualTo(new Axis(50, 3));
    }

    @Test
    void fractionsGetFractionalStepsAndTheTopTickReachesTheLargestValue() {
        Axis axis = Axis.of(List.of(0.37, 0.82), 5);
        assertThat(axis.step()).isEqualTo(0.2);
        assertThat(axis.max()).isGreaterThanOrEqualTo(0.82).isLessThan(0.82 + axis.step());
    }

    @Test
    void anEmptyOrAllZeroAxisStillHasOneStep() {
        assertThat(Axis.of(List.of(), 5)).isEqualTo(new Axis(1, 1));
        assertThat(Axis.of(List.of(0.0, 0.0), 5)).isEqualTo(new Axis(1, 1));
    }
}
