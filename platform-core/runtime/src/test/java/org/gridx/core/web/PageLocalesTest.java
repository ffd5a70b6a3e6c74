package org.gridx.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageLocalesTest {

    @Test
    void explicitChoiceThenCookieThenAccountThenTenantThenBrowser() {
        assertEquals(PageLocales.EN, PageLocales.choose("en", "zh-CN", "zh-CN", "zh-CN", "zh"));
        assertEquals(PageLocales.EN, PageLocales.choose(null, "en", "zh-CN", "zh-CN", "zh"));
        assertEquals(PageLocales.EN, PageLocales.choose("fr", null, "en-US", "zh-CN", "zh"));
        assertEquals(PageLocales.EN, PageLocales.choose(null, null, null, "en", "zh"));
        assertEquals(PageLocales.EN, PageLocales.choose(null, null, null, null, "fr-FR,en-GB;q=0.8,zh;q=0.5"));
        assertEquals(PageLocales.ZH, PageLocales.choose(null, null, null, null, "fr-FR"));
        assertEquals(PageLocales.ZH, PageLocales.choose(null, null, null, null, "%%%garbage"));
    }
}
