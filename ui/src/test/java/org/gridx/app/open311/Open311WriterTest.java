package org.gridx.app.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.open311.rest.Open311Format;
import org.gridx.core.open311.rest.Open311Writer;
import org.gridx.core.open311.service.Open311Doc;
import org.gridx.core.open311.service.Open311Status;
import org.junit.jupiter.api.Test;

/** The one writer behind every Open311 answer: schema-valid XML and JSON, nulls, numbers, hostile text. */
class Open311WriterTest {

    @Test
    void errorsAreWrittenInBothFormatsAsTheSpecShowsThem() {
        var xml = Open311Writer.errors(403, List.of("Invalid api_key", "second"), Open311Format.XML);
        assertEquals(403, xml.getStatus());
        assertEquals("text/xml", xml.getMediaType().getType() + "/" + xml.getMediaType().getSubtype());
        assertEquals("utf-8", xml.getMediaType().getParameters().get("charset"));
        String x = Open311Schemas.xml("errors", text(xml));
        assertTrue(x.contains("<errors><error><code>403</code><description>Invalid api_key</description></error>"), x);
        JsonNode j = Open311Schemas.json("errors", text(Open311Writer.errors(400, List.of("bad lat"), Open311Format.JSON)));
        assertEquals(400, j.get(0).get("code").asInt());
        assertTrue(j.get(0).get("code").isInt());
    }

    @Test
    void aRequestWithoutAPointOrNotesOmitsThemInXmlAndSaysNullInJson() {
        Map<String, Object> r = Open311Doc.fields();
        r.put("service_request_id", "202600000001");
        r.put("status", "open");
        r.put("status_notes", null);
        r.put("service_code", "06001");
        r.put("description", "违建\u0001 <b>&amp;</b>");
        r.put("requested_datetime", "2026-09-26T11:04:00+08:00");
        r.put("lat", 40.41);
        r.put("long", 110.0123456);
        Open311Doc doc = Open311Doc.list("service_requests", "request", List.of(r));
        String x = Open311Schemas.xml("service_requests", new String(Open311Writer.bytes(doc, Open311Format.XML), StandardCharsets.UTF_8));
        assertTrue(!x.contains("status_notes") && x.contains("<long>110.0123456</long>") && x.contains("违建\uFFFD &lt;b>&amp;amp;"), x);
        JsonNode j = Open311Schemas.json("service_requests", new String(Open311Writer.bytes(doc, Open311Format.JSON), StandardCharsets.UTF_8));
        assertTrue(j.get(0).get("status_notes").isNull());
        assertTrue(j.get(0).get("lat").isNumber());
    }

    @Test
    void everyLoopStateHasAStatusAndAnUpdateState() {
        for (CaseState s : CaseState.values()) {
            assertTrue(Open311Status.ALL.contains(Open311Status.of(s)), s.code());
            assertTrue(Open311Status.update(s).matches("[A-Z_]+"), s.code());
        }
        assertEquals("closed", Open311Status.of(CaseState.MERGED));
        assertEquals("open", Open311Status.of(CaseState.HANDLED));
        assertEquals(List.of("reported", "registered", "dispatched", "accepted", "handled"), Open311Status.states("open"));
    }

    private static String text(jakarta.ws.rs.core.Response r) {
        return new String((byte[]) r.getEntity(), StandardCharsets.UTF_8);
    }
}
