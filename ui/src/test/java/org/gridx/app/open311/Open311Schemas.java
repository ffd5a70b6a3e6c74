package org.gridx.app.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Checks Open311 answers against the GeoReport v2 schemas written from the spec (src/test/resources/open311):
 * XML against the XSDs with the JDK's validator, JSON against the matching JSON Schemas. Fails the test
 * with the validator's message and the document.
 */
public final class Open311Schemas {

    private static final Map<String, Schema> XSD = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> JSON_SCHEMA = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Open311Schemas() {
    }

    /** Validates {@code xml} against {@code open311/<document>.xsd}; also checks the UTF-8 declaration. */
    public static String xml(String document, String xml) {
        if (!xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")) {
            fail("an Open311 XML answer starts with the UTF-8 declaration:\n" + xml);
        }
        try {
            XSD.computeIfAbsent(document, Open311Schemas::loadXsd).newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            fail("not a valid " + document + " document: " + e.getMessage() + "\n" + xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return xml;
    }

    /** Validates {@code json} against {@code open311/<document>.schema.json}; returns it parsed. */
    public static JsonNode json(String document, String json) {
        try {
            JsonNode node = JSON.readTree(json);
            Set<ValidationMessage> errors = JSON_SCHEMA.computeIfAbsent(document, Open311Schemas::loadJson).validate(node);
            assertEquals(Set.of(), errors, "not a valid " + document + " JSON answer:\n" + json);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema loadXsd(String document) {
        URL url = resource("open311/" + document + ".xsd");
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return f.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("broken schema " + url + ": " + e.getMessage(), e);
        }
    }

    private static JsonSchema loadJson(String document) {
        try (InputStream in = resource("open311/" + document + ".schema.json").openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String path) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the test resources");
        }
        return url;
    }
}
