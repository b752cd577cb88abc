package org.copse.web.charts;

import java.util.Locale;

/**
 * Writes one SVG document: every attribute value and text node goes through {@link #escape(String)}, so
 * user-supplied names cannot break out of the markup.
 */
final class Svg {
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
    /** Average glyph advance as a share of the font size: generous, so estimated labels never overlap. */
    private static final double GLYPH_WIDTH = 0.62;

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens the {@code <svg>} with its accessible name and description and paints the background. */
    Svg(String id, String title, String description, double width, double height) {
        requireId(id);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"copse-chart\" role=\"img\" id=\"")
                .append(escape(id)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id))
                .append("-desc\" font-family=\"").append(escape(FONT)).append("\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        element("rect", "x", "0", "y", "0", "width", num(width), "height", num(height), "fill", Palette.BACKGROUND);
    }

    /** Writes a self-closing element; {@code attributes} alternate name and value. */
    Svg element(String name, String... attributes) {
        start(name, attributes);
        out.append("/>");
        return this;
    }

    /** Opens an element; close it with {@link #close(String)}. */
    Svg open(String name, String... attributes) {
        start(name, attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes a {@code <text>} element holding {@code text}, escaped. */
    Svg text(double x, double y, String text, String... attributes) {
        String[] all = new String[attributes.length + 4];
        all[0] = "x";
        all[1] = num(x);
        all[2] = "y";
        all[3] = num(y);
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        start("text", all);
        out.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** Draws a marker of the given shape centred on (x, y), filled with {@code colour}, outlined for contrast. */
    Svg marker(Shape shape, double x, double y, double radius, String colour) {
        double r = radius;
        switch (shape) {
            case CIRCLE -> element("circle", "cx", num(x), "cy", num(y), "r", num(r),
                    "fill", colour, "stroke", Palette.TEXT, "stroke-width", "1");
            case SQUARE -> element("rect", "x", num(x - r), "y", num(y - r), "width", num(2 * r), "height", num(2 * r),
                    "fill", colour, "stroke", Palette.TEXT, "stroke-width", "1");
            case DIAMOND -> polygon(colour, x, y - r * 1.25, x + r * 1.25, y, x, y + r * 1.25, x - r * 1.25, y);
            case TRIANGLE -> polygon(colour, x, y - r * 1.2, x + r * 1.15, y + r * 0.9, x - r * 1.15, y + r * 0.9);
        }
        return this;
    }

    private void polygon(String colour, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        element("polygon", "points", points.toString(), "fill", colour, "stroke", Palette.TEXT, "stroke-width", "1");
    }

    String finish() {
        return out.append("</svg>").toString();
    }

    private void start(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + attributes.length);
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /**
     * Escapes text for XML and HTML, in element content and in quoted attribute values, and drops characters
     * XML 1.0 cannot carry (control characters, lone surrogates), which would otherwise make the page invalid.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean allowedInXml(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0x7F && c <= 0x9F));
    }

    /** Formats a coordinate: at most one decimal, no locale, no exponent. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite coordinate: " + value);
        }
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Estimated width of {@code text} at {@code fontSize}; an over-estimate, used to keep labels apart. */
    static double textWidth(String text, double fontSize) {
        return text.codePointCount(0, text.length()) * fontSize * GLYPH_WIDTH;
    }

    /** Shortens {@code text} to at most {@code max} code points, ending with an ellipsis when cut. */
    static String clip(String text, int max) {
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) <= max) {
            return trimmed;
        }
        int end = trimmed.offsetByCodePoints(0, max - 1);
        return trimmed.substring(0, end).stripTrailing() + "\u2026";
    }

    static void requireId(String id) {
        if (!id.matches("[A-Za-z][A-Za-z0-9_-]{0,63}")) {
            throw new IllegalArgumentException(
                    "a chart id must start with a letter and hold only letters, digits, '-' and '_': " + id);
        }
    }

    /** Marker shapes: the second channel, beside colour, that tells series and kinds apart. */
    enum Shape { CIRCLE, SQUARE, TRIANGLE, DIAMOND }
}
