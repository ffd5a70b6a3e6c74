package org.gridx.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void onlyRelativePathsInsideTheAreaAreFollowed() {
        String area = "/t/abc";
        assertEquals("/t/abc/", ReturnPath.within(area, "/t/abc/", "F"));
        assertEquals("/t/abc/admin/modules?x=1", ReturnPath.within(area, "/t/abc/admin/modules?x=1", "F"));
        for (String bad : new String[] {null, "", "//evil.example", "https://evil.example", "/\\evil", "/t/abcd/",
                "/t/other/", "/t/abc/../../x", "/t/abc/%2F%2Fevil", "javascript:alert(1)", "/t/abc/\r\nX: y"}) {
            assertEquals("F", ReturnPath.within(area, bad, "F"), String.valueOf(bad));
        }
    }
}
