package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgTest {
    @Test
    void escapesMarkupCharactersForTextAndAttributes() {
        assertThat(Svg.escape("<script>alert('x')</script> & \"q\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void dropsCharactersXmlCannotCarryButKeepsEmojiAndAccents() {
        assertThat(Svg.escape("a\u0000b\u0007c\u0085d\uD800e\uFFFF")).isEqualTo("abcde");
        assertThat(Svg.escape("caf\u00e9 \uD83C\uDFE0\ttab")).isEqualTo("caf\u00e9 \uD83C\uDFE0\ttab");
    }

    @Test
    void formatsCoordinatesWithoutLocaleOrExponent() {
        assertThat(Svg.num(12)).isEqualTo("12");
        assertThat(Svg.num(12.345)).isEqualTo("12.3");
        assertThat(Svg.num(-0.04)).isEqualTo("0");
        assertThat(Svg.num(1e7)).isEqualTo("10000000");
        assertThatThrownBy(() -> Svg.num(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clipsLongLabelsByCodePointWithAnEllipsis() {
        assertThat(Svg.clip("short", 10)).isEqualTo("short");
        assertThat(Svg.clip("a rather long community name", 10)).isEqualTo("a rather\u2026");
        assertThat(Svg.clip("\uD83C\uDFE0\uD83C\uDFE0\uD83C\uDFE0", 2)).isEqualTo("\uD83C\uDFE0\u2026");
    }

    @Test
    void refusesIdsThatCouldBreakTheMarkup() {
        assertThatThrownBy(() -> Svg.requireId("a\" onload=\"x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chart id");
        assertThatThrownBy(() -> Svg.requireId("1abc")).isInstanceOf(IllegalArgumentException.class);
        Svg.requireId("member-topics_2");
    }
}
