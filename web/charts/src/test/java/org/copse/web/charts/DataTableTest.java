package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {
    @Test
    void rendersACaptionedTableWithScopedHeadersAndEscapedCells() {
        DataTable table = new DataTable("Topics <b>", List.of("Topic", "Weight"),
                List.of(List.of("<script>alert(1)</script>", "0.5")));

        assertThat(table.html()).isEqualTo("<table class=\"copse-chart-table\"><caption>Topics &lt;b&gt;</caption>"
                + "<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Weight</th></tr></thead><tbody>"
                + "<tr><th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th><td>0.5</td></tr></tbody></table>");
    }

    @Test
    void refusesRowsThatDoNotMatchTheColumns() {
        assertThatThrownBy(() -> new DataTable("t", List.of("a", "b"), List.of(List.of("only one"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 columns");
        assertThatThrownBy(() -> new DataTable("t", List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isImmutable() {
        ArrayList<List<String>> rows = new ArrayList<>();
        rows.add(List.of("x"));
        DataTable table = new DataTable("t", List.of("a"), rows);
        rows.add(List.of("y"));
        assertThat(table.rows()).hasSize(1);
    }
}
