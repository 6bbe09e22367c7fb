package bcf.statistics.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A produced SVG parsed by the JDK's XML parser, which throws unless it is well-formed. */
final class SvgDocument {

  final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  static SvgDocument parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new SvgDocument(
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Elements matching an XPath expression written with plain SVG names, e.g. {@code //circle}. */
  List<Element> select(String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(localNames(xpath), document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (Exception e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }

  /** Elements named {@code name} with CSS class {@code cssClass}, anywhere. */
  List<Element> withClass(String name, String cssClass) {
    return select("//" + name + hasClass(cssClass));
  }

  /**
   * Elements named {@code name} with class {@code cssClass} inside a group of class {@code group}.
   */
  List<Element> inGroup(String group, String name, String cssClass) {
    return select("//g" + hasClass(group) + "//" + name + hasClass(cssClass));
  }

  List<String> texts(String cssClass) {
    List<String> texts = new ArrayList<>();
    for (Element text : withClass("text", cssClass)) {
      texts.add(text.getTextContent());
    }
    return texts;
  }

  static String hasClass(String cssClass) {
    return "[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]";
  }

  static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  /** Rewrites {@code //circle} steps to namespace-free {@code //*[local-name()='circle']}. */
  private static String localNames(String xpath) {
    return xpath.replaceAll("(//|/)([a-z]+)", "$1*[local-name()='$2']");
  }
}
