package org.gridx.app.selfgovernance.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gridx.modules.selfgovernance.forum.web.PostText;
import org.gridx.modules.selfgovernance.forum.web.PostText.Piece;
import org.junit.jupiter.api.Test;

/** Only http and https addresses become links, without the punctuation that ends a sentence. */
class PostTextTest {

    @Test
    void httpAndHttpsBecomeLinksAndNothingElse() {
        assertEquals(List.of(new Piece("看 ", null), new Piece("https://a.cn/x?y=1", "https://a.cn/x?y=1"),
                new Piece("。然后 ", null), new Piece("http://b.cn", "http://b.cn"), new Piece(". ok", null)),
                PostText.pieces("看 https://a.cn/x?y=1。然后 http://b.cn. ok"));
        assertEquals(List.of(new Piece("javascript:alert(1) data:text/html,x ftp://c.cn", null)),
                PostText.pieces("javascript:alert(1) data:text/html,x ftp://c.cn"));
        assertEquals(List.of(new Piece("x<", null), new Piece("https://d.cn", "https://d.cn"), new Piece(">", null)),
                PostText.pieces("x<https://d.cn>"));
        assertEquals(List.of(), PostText.pieces(null));
    }
}
