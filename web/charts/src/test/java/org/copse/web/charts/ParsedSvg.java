package org.copse.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A rendered SVG parsed by the JDK's XML parser: proves well-formedness and lets tests query elements. */
final class ParsedSvg {
    private final Document document;

    private ParsedSvg(Document document) {
        this.document = document;
    }

    static ParsedSvg parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new ParsedSvg(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed SVG: " + e.getMessage() + "\n" + svg, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    List<Element> all(String name) {
        NodeList list = document.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    List<String> texts() {
        return all("text").stream().map(Element::getTextContent).toList();
    }

    double[] viewBox() {
        String[] parts = root().getAttribute("viewBox").split(" ");
        double[] box = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        return box;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    /** The accessibility contract every picture keeps: role, viewBox, labelled by its own title and desc. */
    void assertAccessible(String id, String title, String description) {
        Element root = root();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("id")).isEqualTo(id);
        assertThat(root.hasAttribute("width")).as("no fixed width: the picture scales").isFalse();
        assertThat(viewBox()).hasSize(4);
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
        Element titleElement = all("title").get(0);
        Element descElement = all("desc").get(0);
        assertThat(titleElement.getParentNode()).isSameAs(root);
        assertThat(root.getFirstChild()).as("title comes first").isSameAs(titleElement);
        assertThat(titleElement.getAttribute("id")).isEqualTo(id + "-title");
        assertThat(titleElement.getTextContent()).isEqualTo(title);
        assertThat(descElement.getAttribute("id")).isEqualTo(id + "-desc");
        assertThat(descElement.getTextContent()).isEqualTo(description);
        assertThat(all("script")).isEmpty();
        assertThat(all("foreignObject")).isEmpty();
    }
}
