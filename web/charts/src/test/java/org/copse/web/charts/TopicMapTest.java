package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TopicMapTest {
    private static Chart render(List<Term> terms) {
        return new TopicMap("topics", "Top topics", "The community's topics by weight", terms).render();
    }

    @Test
    void isAnAccessibleImage() {
        ParsedSvg.parse(render(List.of(new Term("housing", 3))).svg())
                .assertAccessible("topics", "Top topics", "The community's topics by weight");
    }

    @Test
    void setsHeavierTermsInLargerTypeHeaviestFirst() {
        ParsedSvg svg = ParsedSvg.parse(render(List.of(new Term("parks", 1), new Term("housing", 9),
                new Term("planning", 4))).svg());

        List<Element> texts = svg.all("text");
        assertThat(texts).extracting(Element::getTextContent).containsExactly("housing", "planning", "parks");
        double housing = ParsedSvg.number(texts.get(0), "font-size");
        double planning = ParsedSvg.number(texts.get(1), "font-size");
        double parks = ParsedSvg.number(texts.get(2), "font-size");
        assertThat(housing).isEqualTo(TopicMap.MAX_FONT);
        assertThat(planning).isLessThan(housing).isGreaterThan(parks);
        assertThat(parks).isGreaterThanOrEqualTo(TopicMap.MIN_FONT);
    }

    @Test
    void keepsManyTermsInsideThePictureWithoutOverlap() {
        long seed = 20261127L;
        Random random = new Random(seed);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            terms.add(new Term("term" + "x".repeat(random.nextInt(12)) + i, random.nextInt(100)));
        }
        ParsedSvg svg = ParsedSvg.parse(render(terms).svg());
        double[] box = svg.viewBox();

        List<double[]> boxes = new ArrayList<>();
        for (Element text : svg.all("text")) {
            double size = ParsedSvg.number(text, "font-size");
            double width = Svg.textWidth(text.getTextContent(), size);
            double x = ParsedSvg.number(text, "x") - width / 2;
            double y = ParsedSvg.number(text, "y");
            assertThat(x).as("seed %d", seed).isGreaterThanOrEqualTo(0);
            assertThat(x + width).as("seed %d", seed).isLessThanOrEqualTo(box[2]);
            assertThat(y).as("seed %d", seed).isLessThanOrEqualTo(box[3]);
            boxes.add(new double[] {x, y - size * 0.8, x + width, y + size * 0.2});
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertThat(overlap).as("seed %d: terms %d and %d overlap", seed, i, j).isFalse();
            }
        }
    }

    @Test
    void listsTermsHeaviestFirstInItsTable() {
        DataTable table = render(List.of(new Term("parks", 1), new Term("housing", 9.5))).table();

        assertThat(table.columns()).containsExactly("Topic", "Weight");
        assertThat(table.rows()).containsExactly(List.of("housing", "9.5"), List.of("parks", "1"));
    }

    @Test
    void isDeterministicWhateverTheInputOrder() {
        List<Term> terms = List.of(new Term("b", 2), new Term("a", 2), new Term("c", 5));
        List<Term> reversed = new ArrayList<>(terms);
        Collections.reverse(reversed);
        assertThat(render(terms)).isEqualTo(render(reversed));
    }

    @Test
    void escapesTermsFromUsers() {
        Chart chart = render(List.of(new Term("<script>alert(1)</script>", 1), new Term("a&b", 1)));

        assertThat(chart.svg()).doesNotContain("<script").contains("a&amp;b");
        assertThat(ParsedSvg.parse(chart.svg()).texts()).contains("a&b");
    }

    @Test
    void saysSoWhenEmpty() {
        assertThat(ParsedSvg.parse(render(List.of()).svg()).texts()).containsExactly("Nothing to show yet");
    }
}
