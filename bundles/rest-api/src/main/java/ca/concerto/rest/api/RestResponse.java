package ca.concerto.rest.api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a {@link RestResource}.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type; {@link #JSON} for JSON
 * @param body        the body, empty for none
 * @param headers     extra headers, such as {@code Location}
 */
public record RestResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static final String JSON = "application/json; charset=UTF-8";

    public RestResponse {
        body = body == null ? new byte[0] : body;
        headers = Map.copyOf(headers);
    }

    /** 200 with a JSON body. */
    public static RestResponse ok(String json) {
        return json(200, json);
    }

    /** 201 with the new resource's absolute URI in {@code Location} and a JSON body. */
    public static RestResponse created(String location, String json) {
        return json(201, json).withHeader("Location", location);
    }

    /** 204 without body. */
    public static RestResponse noContent() {
        return new RestResponse(204, JSON, new byte[0], Map.of());
    }

    /** Any status with a JSON body. */
    public static RestResponse json(int status, String json) {
        return new RestResponse(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A copy with one more header. */
    public RestResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new RestResponse(status, contentType, body, h);
    }
}
