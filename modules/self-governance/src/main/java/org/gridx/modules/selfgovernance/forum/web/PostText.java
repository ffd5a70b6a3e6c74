package org.gridx.modules.selfgovernance.forum.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's plain text cut into pieces for the page: text, and http/https links the template renders as
 * {@code <a rel="nofollow ugc noopener">}. Nothing else becomes a link (no javascript:, data:, mailto:), and
 * the template escapes every piece, so a post can never inject markup.
 */
public final class PostText {

    /** Stops at spaces, quotes, angle brackets and full-width punctuation common in Chinese text. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'，。！？；、（）【】《》]+",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}";

    /** One piece: {@code href} is null for plain text. */
    public record Piece(String text, String href) {
        public boolean link() {
            return href != null;
        }
    }

    private PostText() {
    }

    public static List<Piece> pieces(String body) {
        List<Piece> pieces = new ArrayList<>();
        if (body == null) {
            return pieces;
        }
        Matcher m = LINK.matcher(body);
        int at = 0;
        while (m.find()) {
            String url = m.group();
            int end = url.length();
            while (end > 0 && TRAILING.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            url = url.substring(0, end);
            if (m.start() > at) {
                pieces.add(new Piece(body.substring(at, m.start()), null));
            }
            pieces.add(new Piece(url, url));
            at = m.start() + url.length();
        }
        if (at < body.length()) {
            pieces.add(new Piece(body.substring(at), null));
        }
        return pieces;
    }
}
