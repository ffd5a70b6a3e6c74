package org.gridx.core.open311.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gridx.core.open311.service.Open311Doc;

/**
 * Writes an {@link Open311Doc} as the spec's XML (UTF-8, with the declaration) or JSON. One writer for every
 * answer keeps element names, list item names and null handling the same everywhere, which is what the
 * schema tests check once for all.
 */
public final class Open311Writer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.UTF_8);
    /** Characters XML 1.0 cannot carry at all (control characters a client may have sent in a description). */
    private static final Pattern XML_CHARS = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private Open311Writer() {
    }

    public static Response response(int status, Open311Doc doc, Open311Format format) {
        return Response.status(status).type(format.mediaType()).entity(bytes(doc, format)).build();
    }

    public static Response errors(int status, List<String> descriptions, Open311Format format) {
        List<Map<String, Object>> errors = descriptions.stream().map(d -> {
            Map<String, Object> e = Open311Doc.fields();
            e.put("code", status);
            e.put("description", d);
            return e;
        }).toList();
        return response(status, Open311Doc.list("errors", "error", errors), format);
    }

    public static byte[] bytes(Open311Doc doc, Open311Format format) {
        try {
            return format == Open311Format.JSON ? JSON.writeValueAsBytes(json(doc.body())) : xml(doc);
        } catch (java.io.IOException | XMLStreamException e) {
            throw new IllegalStateException("could not write an Open311 answer", e);
        }
    }

    private static byte[] xml(Open311Doc doc) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the declaration exactly as the spec shows it (the JDK's writer would use single quotes)
        out.writeBytes(DECLARATION);
        XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
        element(w, doc.root(), doc.body());
        w.flush();
        w.close();
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                element(w, (String) f.getKey(), f.getValue());
            }
        } else if (value instanceof Open311Doc.Items items) {
            for (Object v : items.values()) {
                element(w, items.item(), v);
            }
        } else {
            w.writeCharacters(XML_CHARS.matcher(text(value)).replaceAll("\uFFFD"));
        }
        w.writeEndElement();
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        return value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    private static JsonNode json(Object value) {
        if (value instanceof Map<?, ?> fields) {
            ObjectNode o = JSON.createObjectNode();
            fields.forEach((k, v) -> o.set((String) k, json(v)));
            return o;
        }
        if (value instanceof Open311Doc.Items items) {
            ArrayNode a = JSON.createArrayNode();
            items.values().forEach(v -> a.add(json(v)));
            return a;
        }
        return JSON.valueToTree(value);
    }
}
