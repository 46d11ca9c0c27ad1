package io.pmi.testsupport;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 requests written byte for byte, for what REST Assured and java.net.http will not send: raw UTF-8 in a
 * request line (as curl sends it), invalid percent escapes, request lines of any length.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers by lower-case name, body as UTF-8. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonPath json() {
            return JsonPath.from(body);
        }
    }

    /**
     * Sends {@code method target HTTP/1.1} to the service under test (the target's characters as UTF-8) with
     * {@code headers} (name, value, name, value, ...) and no body, and reads the response until the server closes.
     */
    public static Response send(String method, String target, String... headers) {
        return sendWithBody(method, target, null, headers);
    }

    /** As {@link #send(String, String, String...)}, with {@code body} (UTF-8) and its Content-Length, when not null. */
    public static Response sendWithBody(String method, String target, String body, String... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(RestAssured.port).append("\r\nConnection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            all.write(buffer, 0, n);
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.merge(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        return new Response(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
}
