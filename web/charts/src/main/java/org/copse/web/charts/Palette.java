package org.copse.web.charts;

import java.util.List;
import java.util.Locale;

/**
 * The colours the pictures use, chosen for WCAG 2.2 contrast on the white background: text at least 4.5:1
 * (1.4.3), every mark that carries meaning at least 3:1 (1.4.11). Series colours reach 4.5:1 too, so a line's
 * direct label can take its line's colour. Colour never works alone: series also differ by dash pattern and
 * marker shape, and every mark is labelled or listed in the table.
 */
public final class Palette {
    /** The picture background (painted, so contrast holds on a dark page too). */
    public static final String BACKGROUND = "#ffffff";
    /** Text and outlines. */
    public static final String TEXT = "#1f1f1f";
    /** Secondary text (axis ticks, notes) and axis lines. */
    public static final String MUTED = "#555555";
    /** Grid lines: decoration only, so they may be faint (no information depends on them). */
    public static final String GRID = "#dddddd";
    /** Series colours in order: blue, rust, green, purple, brown, teal, each at least 4.5:1 on white. */
    public static final List<String> SERIES = List.of("#0b5fa5", "#b3471d", "#1b7340", "#7b3f9e", "#7a5a00", "#0f6e75");
    /** Dash patterns paired with {@link #SERIES}: solid first, then patterns that stay apart in grey scale. */
    public static final List<String> DASHES = List.of("none", "8 4", "2 3", "10 3 2 3", "14 4", "4 2 4 6");

    private Palette() {
    }

    /** The colour of series {@code index}, cycling when there are more series than colours. */
    public static String series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** The dash pattern of series {@code index}, shifted on each cycle of the colours so pairs stay distinct. */
    static String dash(int index) {
        return DASHES.get(Math.floorMod(index + index / SERIES.size(), DASHES.size()));
    }

    /**
     * The WCAG contrast ratio between two {@code #rrggbb} colours, from 1 (same) to 21 (black on white).
     *
     * @param foreground a colour as {@code #rrggbb}
     * @param background a colour as {@code #rrggbb}
     * @return (lighter luminance + 0.05) / (darker luminance + 0.05)
     */
    public static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String colour) {
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected a colour as #rrggbb: " + colour);
        }
        int rgb = Integer.parseInt(colour.substring(1).toLowerCase(Locale.ROOT), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
