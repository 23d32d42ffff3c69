package dev.citadel.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A strict reader of XML property lists (Apple's {@code PropertyList-1.0.dtd}) into a Jackson tree:
 * {@code dict}, {@code array}, {@code string}, {@code integer}, {@code real}, {@code true}, {@code false};
 * {@code date} and {@code data} become text. The JDK's StAX parser runs with DTD processing and external
 * entities off: the standard DOCTYPE line is allowed, an internal subset or any entity reference is refused
 * (no XXE, no entity expansion). Duplicate dictionary keys, text outside elements, a second root value and
 * nesting deeper than {@link #MAX_DEPTH} are refused.
 */
public final class PlistXml {

    /** Deepest nesting of dict/array accepted (an ATS dictionary is four levels deep). */
    public static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A malformed property list; the message says where. */
    public static final class MalformedPlist extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedPlist(String message) {
            super(message);
        }
    }

    private PlistXml() {}

    public static JsonNode parse(byte[] xml) throws MalformedPlist {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                JsonNode root = null;
                boolean inPlist = false;
                boolean sawPlist = false;
                while (r.hasNext()) {
                    int ev = r.next();
                    switch (ev) {
                        case XMLStreamConstants.DTD -> {
                            if (r.getText().contains("[")) {
                                throw new MalformedPlist("a DOCTYPE with an internal subset is not allowed");
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                                throw new MalformedPlist("entity references are not allowed");
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (!inPlist) {
                                if (sawPlist || !r.getLocalName().equals("plist")) {
                                    throw new MalformedPlist("the root element must be one <plist>, not <" + r.getLocalName() + ">");
                                }
                                inPlist = true;
                                sawPlist = true;
                            } else {
                                if (root != null) {
                                    throw new MalformedPlist("<plist> holds more than one value");
                                }
                                root = value(r, 1);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> inPlist = false;
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE -> requireWhitespace(r);
                        default -> { } // comments, processing instructions, the XML declaration
                    }
                }
                if (root == null) {
                    throw new MalformedPlist("<plist> holds no value");
                }
                return root;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new MalformedPlist("not well-formed XML: " + e.getMessage());
        }
    }

    /** Reads the value whose start tag is current; leaves the reader on its end tag. */
    private static JsonNode value(XMLStreamReader r, int depth) throws XMLStreamException, MalformedPlist {
        if (depth > MAX_DEPTH) {
            throw new MalformedPlist("nesting deeper than " + MAX_DEPTH);
        }
        String tag = r.getLocalName();
        if (r.getAttributeCount() != 0) {
            throw new MalformedPlist("<" + tag + "> takes no attributes");
        }
        return switch (tag) {
            case "dict" -> dict(r, depth);
            case "array" -> array(r, depth);
            case "string", "date", "data", "key" -> {
                if (tag.equals("key")) {
                    throw new MalformedPlist("<key> outside a <dict>, or two keys in a row");
                }
                yield NODES.textNode(text(r));
            }
            case "integer" -> {
                String t = text(r).strip();
                try {
                    yield NODES.numberNode(new BigInteger(t));
                } catch (NumberFormatException e) {
                    throw new MalformedPlist("<integer> is not an integer: " + t);
                }
            }
            case "real" -> {
                String t = text(r).strip();
                try {
                    yield NODES.numberNode(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    throw new MalformedPlist("<real> is not a number: " + t);
                }
            }
            case "true", "false" -> {
                if (r.next() != XMLStreamConstants.END_ELEMENT) {
                    throw new MalformedPlist("<" + tag + "/> must be empty");
                }
                yield NODES.booleanNode(tag.equals("true"));
            }
            default -> throw new MalformedPlist("unknown element <" + tag + ">");
        };
    }

    private static ObjectNode dict(XMLStreamReader r, int depth) throws XMLStreamException, MalformedPlist {
        ObjectNode out = NODES.objectNode();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return out;
            }
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.SPACE) {
                requireWhitespace(r);
                continue;
            }
            if (ev == XMLStreamConstants.COMMENT) {
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("key")) {
                throw new MalformedPlist("a <dict> holds <key> then value pairs");
            }
            String key = text(r);
            if (out.has(key)) {
                throw new MalformedPlist("duplicate key \"" + key + "\"");
            }
            out.set(key, value(nextStart(r, key), depth + 1));
        }
    }

    private static ArrayNode array(XMLStreamReader r, int depth) throws XMLStreamException, MalformedPlist {
        ArrayNode out = NODES.arrayNode();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return out;
            }
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.SPACE) {
                requireWhitespace(r);
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                out.add(value(r, depth + 1));
            } else if (ev != XMLStreamConstants.COMMENT) {
                throw new MalformedPlist("unexpected content in <array>");
            }
        }
    }

    private static XMLStreamReader nextStart(XMLStreamReader r, String key) throws XMLStreamException, MalformedPlist {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return r;
            }
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.SPACE) {
                requireWhitespace(r);
            } else if (ev != XMLStreamConstants.COMMENT) {
                throw new MalformedPlist("key \"" + key + "\" has no value");
            }
        }
    }

    /** The text content of a leaf element; child elements are refused. */
    private static String text(XMLStreamReader r) throws XMLStreamException, MalformedPlist {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> sb.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return sb.toString();
                }
                case XMLStreamConstants.COMMENT -> { }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new MalformedPlist("entity references are not allowed");
                default -> throw new MalformedPlist("unexpected content in a text element");
            }
        }
    }

    private static void requireWhitespace(XMLStreamReader r) throws MalformedPlist {
        if (!r.getText().isBlank()) {
            throw new MalformedPlist("text outside a value: \"" + r.getText().strip() + "\"");
        }
    }
}
