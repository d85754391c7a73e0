package org.yikatong.finance.infrastructure;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.yikatong.finance.domain.statement.StatementRejected;

/**
 * An XML element as read by the JDK's StAX parser, with the line it starts on: a small tree the ISO
 * 20022 readers walk by local names. The parser reads no document type declaration and resolves no
 * external entity: a file that carries a DOCTYPE is refused outright, so neither an entity
 * expansion nor a request for an outside resource can happen. Immutable once read.
 */
final class XmlElement {

  private final String namespace;
  private final String name;
  private final int lineNo;
  private final Map<String, String> attributes;
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private XmlElement(String namespace, String name, int lineNo, Map<String, String> attributes) {
    this.namespace = namespace == null ? "" : namespace;
    this.name = name;
    this.lineNo = lineNo;
    this.attributes = attributes;
  }

  /**
   * Reads a whole document.
   *
   * @return its root element
   * @throws StatementRejected when the file carries a DOCTYPE, is not well-formed XML, or ends
   *     before its elements are closed
   */
  static XmlElement parse(byte[] file) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement root = null;
    XMLStreamReader reader = null;
    int lastLine = 1;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(file));
      while (reader.hasNext()) {
        int event = reader.next();
        lastLine = Math.max(lastLine, reader.getLocation().getLineNumber());
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new StatementRejected(
                  reader.getLocation().getLineNumber(),
                  "the file carries a document type declaration (DOCTYPE); a bank statement has"
                      + " none, and such a file is not read");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new StatementRejected(
                  reader.getLocation().getLineNumber(),
                  "the file refers to an entity (&" + reader.getLocalName() + ";); not read");
          case XMLStreamConstants.START_ELEMENT -> {
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
            XmlElement element =
                new XmlElement(
                    reader.getNamespaceURI(),
                    reader.getLocalName(),
                    reader.getLocation().getLineNumber(),
                    attributes);
            if (open.isEmpty()) {
              root = element;
            } else {
              open.peek().children.add(element);
            }
            open.push(element);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          default -> {
            // comments, processing instructions and whitespace outside elements carry nothing
          }
        }
      }
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      int lines = countLines(file);
      int lineNo =
          Math.min(lines, at != null && at.getLineNumber() > 0 ? at.getLineNumber() : lastLine);
      if (!open.isEmpty() && lineNo == lines) {
        throw new StatementRejected(
            lineNo,
            "the XML ends before <"
                + open.peek().name
                + "> (line "
                + open.peek().lineNo
                + ") is closed: the file seems truncated");
      }
      throw new StatementRejected(lineNo, "the file is not well-formed XML (" + reason(e) + ")");
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // the whole input is in memory; nothing is left open
        }
      }
    }
    if (root == null) {
      throw new StatementRejected(0, "The file holds no XML element");
    }
    return root;
  }

  private static int countLines(byte[] file) {
    int lines = 1;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '\n' && i + 1 < file.length) {
        lines++;
      }
    }
    return lines;
  }

  /** The parser's own words without its location prefix. */
  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int i = message.indexOf("Message: ");
    return (i >= 0 ? message.substring(i + "Message: ".length()) : message).strip();
  }

  String namespace() {
    return namespace;
  }

  String name() {
    return name;
  }

  int lineNo() {
    return lineNo;
  }

  String attribute(String localName) {
    return attributes.get(localName);
  }

  /** Its text, stripped of surrounding whitespace. */
  String text() {
    return text.toString().strip();
  }

  /** The child elements of that local name, in document order. */
  List<XmlElement> all(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  /** The element at that path of local names below this one (the first of each), or null. */
  XmlElement find(String... path) {
    XmlElement at = this;
    for (String step : path) {
      XmlElement next = null;
      for (XmlElement child : at.children) {
        if (child.name.equals(step)) {
          next = child;
          break;
        }
      }
      if (next == null) {
        return null;
      }
      at = next;
    }
    return at;
  }

  /** The text at that path, or null when there is no such element or it is blank. */
  String textAt(String... path) {
    XmlElement element = find(path);
    if (element == null || element.text().isEmpty()) {
      return null;
    }
    return element.text();
  }

  /**
   * The element at that path.
   *
   * @throws StatementRejected naming this element's line when there is none
   */
  XmlElement require(String... path) {
    XmlElement element = find(path);
    if (element == null) {
      throw new StatementRejected(lineNo, "<" + name + "> lacks <" + String.join("/", path) + ">");
    }
    return element;
  }

  /**
   * The text at that path.
   *
   * @throws StatementRejected naming this element's line when there is none or it is blank
   */
  String requireText(String... path) {
    String value = textAt(path);
    if (value == null) {
      throw new StatementRejected(lineNo, "<" + name + "> lacks <" + String.join("/", path) + ">");
    }
    return value;
  }
}
