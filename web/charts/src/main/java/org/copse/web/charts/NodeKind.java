package org.copse.web.charts;

/** What a {@link Node} of a {@link NetworkChart} stands for; each kind has its own shape and colour. */
public enum NodeKind {
    TOPIC("Topic", Svg.Shape.DIAMOND, "#7b3f9e"),
    MEMBER("Member", Svg.Shape.CIRCLE, "#0b5fa5"),
    COMMUNITY("Community", Svg.Shape.SQUARE, "#1b7340");

    private final String displayName;
    private final Svg.Shape shape;
    private final String colour;

    NodeKind(String displayName, Svg.Shape shape, String colour) {
        this.displayName = displayName;
        this.shape = shape;
        this.colour = colour;
    }

    /** The kind as a reader sees it in the legend and the table ("Member"). */
    public String displayName() {
        return displayName;
    }

    Svg.Shape shape() {
        return shape;
    }

    /** The fill colour of this kind's nodes, at least 3:1 on the background. */
    public String colour() {
        return colour;
    }
}
