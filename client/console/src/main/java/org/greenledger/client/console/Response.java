package org.greenledger.client.console;

import java.nio.charset.StandardCharsets;

/** What a page answers: status, content type, body, and a file name when it is a download. */
record Response(int status, String contentType, byte[] body, String downloadName) {
    static final String HTML = "text/html; charset=utf-8";

    static Response html(String page) {
        return new Response(200, HTML, page.getBytes(StandardCharsets.UTF_8), null);
    }

    static Response download(String contentType, byte[] body, String fileName) {
        return new Response(200, contentType, body, fileName);
    }
}
