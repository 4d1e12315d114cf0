package ca.concerto.load.harness;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One browser tab on the Vaadin screens, without the browser: it sends what Vaadin's client sends for
 * the steps a person takes (the page's start, a navigation by link, a field's new value, a click) and
 * keeps, from the server's answers, the state tree's nodes with their tag, id and text, so that a
 * step can name the component it acts on by its id. It does not render nor run the JavaScript the
 * server sends, except what a data grid's connector does with it, as the browser does right after:
 * confirm each data update, and ask for the rows it shows (all of them for a grid showing all its
 * rows, the first page otherwise); a step's time includes those follow-up requests.
 *
 * <p>Each request is timed from its sending to the end of the answer's body: the server's response
 * time as the browser sees it, on the same machine.
 */
final class ScreenClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The data a browser sends with a click (ClickEvent's event data). */
    private static final Map<String, Object> CLICK = Map.of("event.shiftKey", false, "event.metaKey", false,
            "event.detail", 1, "event.ctrlKey", false, "event.clientX", 10, "event.clientY", 10,
            "event.altKey", false, "event.button", 0, "event.screenX", 10, "event.screenY", 10);

    /** A step's outcome: how long the server took, how much it sent, what it answered. */
    record Exchange(long nanos, int bytes, JsonNode answer) {
    }

    private final URI base;
    private final HttpClient http;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    /** Per grid node: the rows it asked for so far. */
    private final Map<Integer, Integer> requestedRows = new HashMap<>();
    /** A grid's page of rows when it does not show all of them (Vaadin's default page size). */
    private static final int PAGE = 50;

    private static final class Node {
        String tag;
        final Map<String, JsonNode> values = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        Integer parent;
    }

    ScreenClient(URI base, Executor executor) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(executor)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * The page loaded at {@code location}, as typing its address does: the bootstrap request that
     * creates the UI, then the navigation the client asks for right after. Returns the sum of both.
     */
    Exchange load(String location) throws IOException, InterruptedException {
        nodes.clear();
        requestedRows.clear();
        promise = 0;
        URI init = base.resolve("?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8)
                + "&query=&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=300&v-dstd=60");
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(init).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        check(response);
        JsonNode config = JSON.readTree(response.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || csrfToken == null) {
            throw new IOException("No UI in the bootstrap answer for " + location + ": " + abbreviate(response.body()));
        }
        apply(uidl);
        Exchange navigation = navigate(location, "");
        return new Exchange(took + navigation.nanos(), response.body().length() + navigation.bytes(), navigation.answer());
    }

    /** A click on a link to {@code location} (the router's navigation event on the UI's node). */
    Exchange navigate(String location, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode().put("route", location).put("query", "").put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        return send(List.of(event(1, "ui-navigate", data)));
    }

    /** A person's new value in the field with this id, sent when the field loses the focus. */
    Exchange type(String id, String value, String eventName) throws IOException, InterruptedException {
        int node = node(id);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", "value").put("value", value);
        return send(List.of(sync, event(node, eventName, JSON.createObjectNode())));
    }

    /** A click on the component with this id. */
    Exchange click(String id) throws IOException, InterruptedException {
        return send(List.of(event(node(id), "click", JSON.valueToTree(CLICK))));
    }

    /** An event of a component with this id, with the browser's event data. */
    Exchange fire(String id, String eventName, Map<String, ?> data) throws IOException, InterruptedException {
        return send(List.of(event(node(id), eventName, JSON.valueToTree(data))));
    }

    /** Whether the server says the session is over (after signing out, or expired). */
    static boolean sessionExpired(JsonNode answer) {
        return answer.path("meta").path("sessionExpired").asBoolean(false);
    }

    /** Whether a component with this id is in the UI now. */
    boolean has(String id) {
        return find(id).isPresent();
    }

    /** The first element with that tag (for components without an id, such as the sign-in form). */
    String idOfTag(String tag) {
        return nodes.entrySet().stream().filter(e -> tag.equals(e.getValue().tag)).map(e -> "#node" + e.getKey())
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + tag + " in the UI"));
    }

    /**
     * The value the server gave an option of the component with this id (a select's item), found by
     * the text it shows.
     */
    String optionValue(String id, String text) {
        int root = node(id);
        for (Map.Entry<Integer, Node> e : nodes.entrySet()) {
            Node n = e.getValue();
            if ("vaadin-select-item".equals(n.tag) && descendsFrom(e.getKey(), root) && text(e.getKey()).contains(text)) {
                JsonNode value = n.values.get("value");
                if (value != null) {
                    return value.asText();
                }
            }
        }
        throw new IllegalStateException("No option \"" + text + "\" in " + id);
    }

    /** The text inside the component with this id, its descendants' text nodes put together. */
    String textOf(String id) {
        return text(node(id));
    }

    // ---- protocol ----------------------------------------------------------------------------------

    private Exchange send(List<ObjectNode> rpc) throws IOException, InterruptedException {
        Exchange exchange = sendOnce(rpc);
        long nanos = exchange.nanos();
        int bytes = exchange.bytes();
        // what the grids' connectors send at once in return, until they have nothing more to ask
        for (int round = 0; round < 5; round++) {
            List<ObjectNode> followUp = gridFollowUp(exchange.answer());
            if (followUp.isEmpty()) {
                break;
            }
            exchange = sendOnce(followUp);
            nanos += exchange.nanos();
            bytes += exchange.bytes();
        }
        return new Exchange(nanos, bytes, exchange.answer());
    }

    /** confirmUpdate for each data update the server asked a grid to confirm; setViewportRange for rows not asked yet. */
    private List<ObjectNode> gridFollowUp(JsonNode answer) {
        List<ObjectNode> calls = new ArrayList<>();
        for (JsonNode call : answer.path("execute")) {
            int last = call.size() - 1;
            if (last < 2 || !call.get(0).has("@v-node")) {
                continue;
            }
            int grid = call.get(0).path("@v-node").asInt();
            String script = call.get(last).asText();
            if (script.contains("$connector.confirm(")) {
                calls.add(published(grid, "confirmUpdate", JSON.createArrayNode().add(call.get(1).asInt())));
            } else if (script.contains("$connector.updateSize(")) {
                int size = call.get(1).asInt();
                Node node = nodes.get(grid);
                boolean allRows = node != null && node.values.containsKey("allRowsVisible")
                        && node.values.get("allRowsVisible").asBoolean();
                int page = node != null && node.values.containsKey("pageSize")
                        ? node.values.get("pageSize").asInt(PAGE) : PAGE;
                // as Chromium's grid did: 250 rows, pages of 50 → rows 0 to 300
                int wanted = allRows ? (size / page + 1) * page : page;
                if (size > 0 && requestedRows.getOrDefault(grid, 0) < Math.min(wanted, size)) {
                    requestedRows.put(grid, wanted);
                    calls.add(published(grid, "setViewportRange", JSON.createArrayNode().add(0).add(wanted)));
                }
            }
        }
        return calls;
    }

    private ObjectNode published(int node, String method, ArrayNode arguments) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", arguments);
        call.put("promise", promise++);
        return call;
    }

    private Exchange sendOnce(List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId).put("clientId", clientId);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        check(response);
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (sessionExpired(answer)) {
            return new Exchange(took, text.length(), answer); // the UI is gone: nothing to apply
        }
        apply(answer);
        return new Exchange(took, text.length(), answer);
    }

    private static ObjectNode event(int node, String name, JsonNode data) {
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        event.set("data", data);
        return event;
    }

    /** Applies the answer's state tree changes: tags, attributes and properties, children, text. */
    private void apply(JsonNode answer) {
        if (answer.has("syncId")) {
            syncId = answer.path("syncId").asInt();
        }
        if (answer.has("clientId")) {
            clientId = answer.path("clientId").asInt();
        }
        for (JsonNode change : answer.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asText();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, k -> new Node());
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    Node node = nodes.computeIfAbsent(id, k -> new Node());
                    String key = change.path("key").asText();
                    JsonNode value = change.get("value");
                    if ("tag".equals(key) && value != null) {
                        node.tag = value.asText();
                    } else if (value != null) {
                        node.values.put(key, value);
                    }
                }
                case "splice" -> splice(id, change);
                default -> {
                    // "remove" of a map key, "clear" of a list: nothing the steps need
                }
            }
        }
    }

    private void splice(int id, JsonNode change) {
        Node node = nodes.computeIfAbsent(id, k -> new Node());
        if (!change.has("addNodes") && !change.has("remove")) {
            return; // a list of values, not of nodes
        }
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        int at = Math.min(index, node.children.size());
        for (JsonNode added : change.path("addNodes")) {
            int child = added.asInt();
            node.children.add(at++, child);
            nodes.computeIfAbsent(child, k -> new Node()).parent = id;
        }
    }

    private int node(String id) {
        if (id.startsWith("#node")) {
            return Integer.parseInt(id.substring("#node".length()));
        }
        return find(id).orElseThrow(() -> new IllegalStateException("No component with id " + id + " in the UI"));
    }

    private Optional<Integer> find(String id) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().values.containsKey("id") && id.equals(e.getValue().values.get("id").asText()))
                .map(Map.Entry::getKey).findFirst();
    }

    private boolean descendsFrom(int node, int root) {
        for (Integer n = node; n != null; n = nodes.containsKey(n) ? nodes.get(n).parent : null) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private String text(int node) {
        Node n = nodes.get(node);
        if (n == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        JsonNode own = n.values.get("text");
        if (own != null && own.isTextual()) {
            text.append(own.asText());
        }
        for (int child : n.children) {
            text.append(text(child));
        }
        return text.toString();
    }

    private static void check(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + response.uri() + ": "
                    + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
