package org.tidewatch.sanctions.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Namespace-agnostic DOM helpers for the XML list readers (no DTDs, no external entities). */
final class Xml {
  private Xml() {}

  static Document parse(Path file) throws IOException, MalformedListException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      try (InputStream in = Files.newInputStream(file)) {
        return builder.parse(in);
      }
    } catch (SAXParseException e) {
      throw new MalformedListException(file, Math.max(0, e.getLineNumber()), e.getMessage());
    } catch (SAXException | ParserConfigurationException e) {
      throw new MalformedListException(file, 0, String.valueOf(e.getMessage()));
    }
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(local(e))) {
        out.add(e);
      }
    }
    return out;
  }

  static Optional<Element> child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName.equals(local(e))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Trimmed text of the first child with that name; empty when absent or blank. */
  static Optional<String> text(Element parent, String localName) {
    return child(parent, localName).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
  }

  /** Follows a path of child names, collecting every element at the end. */
  static List<Element> path(Element root, String... names) {
    List<Element> cur = List.of(root);
    for (String name : names) {
      List<Element> next = new ArrayList<>();
      for (Element e : cur) {
        next.addAll(children(e, name));
      }
      cur = next;
    }
    return cur;
  }

  static String local(Element e) {
    String l = e.getLocalName();
    return l != null ? l : e.getTagName();
  }
}
