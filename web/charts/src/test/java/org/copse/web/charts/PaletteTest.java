package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void computesWcagContrastRatios() {
        assertThat(Palette.contrast("#000000", "#ffffff")).isCloseTo(21, within(0.01));
        assertThat(Palette.contrast("#ffffff", "#ffffff")).isCloseTo(1, within(0.001));
        // WCAG's own example threshold: #767676 on white is the lightest grey passing 4.5:1
        assertThat(Palette.contrast("#767676", "#FFFFFF")).isCloseTo(4.54, within(0.01));
        assertThatThrownBy(() -> Palette.contrast("red", "#ffffff")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textReachesFourAndAHalfToOne() {
        assertThat(Palette.contrast(Palette.TEXT, Palette.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
        assertThat(Palette.contrast(Palette.MUTED, Palette.BACKGROUND)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void seriesColoursCanCarryTextAndMarks() {
        for (String colour : Palette.SERIES) {
            assertThat(Palette.contrast(colour, Palette.BACKGROUND)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(new HashSet<>(Palette.SERIES)).hasSameSizeAs(Palette.SERIES);
    }

    @Test
    void nodeKindsReachThreeToOneAndDifferInShape() {
        Set<Svg.Shape> shapes = new HashSet<>();
        for (NodeKind kind : NodeKind.values()) {
            assertThat(Palette.contrast(kind.colour(), Palette.BACKGROUND)).as(kind.name()).isGreaterThanOrEqualTo(3);
            shapes.add(kind.shape());
        }
        assertThat(shapes).hasSize(NodeKind.values().length);
    }

    @Test
    void seriesStayDistinctBeyondThePaletteByColourAndDash() {
        Set<String> styles = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            styles.add(Palette.series(i) + "|" + Palette.dash(i));
        }
        assertThat(styles).hasSize(24);
    }
}
