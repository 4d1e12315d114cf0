package ca.concerto.plan.interchange.impl;

import ca.concerto.plan.interchange.Problem;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON tree of plain Java values (LinkedHashMap, List, String, BigDecimal, Boolean, null) read
 * and written with jackson-core's streaming API.
 */
final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** Thrown by {@link #parse} for malformed JSON; the problem has line and column. */
    static final class MalformedJson extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        MalformedJson(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }
    }

    /** Parses; duplicate object keys are reported into {@code problems} (the last value wins). */
    static Object parse(String json, List<Problem> problems) throws MalformedJson {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new MalformedJson(new Problem("$", "le fichier est vide"));
            }
            Object root = value(p, t, "$", problems);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new MalformedJson(new Problem("$", "JSON mal formé à la ligne " + l.getLineNr() + ", colonne "
                        + l.getColumnNr() + " : contenu après la fin du document"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where = l == null ? "" : " à la ligne " + l.getLineNr() + ", colonne " + l.getColumnNr();
            throw new MalformedJson(new Problem("$", "JSON mal formé" + where + " : " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p, JsonToken t, String path, List<Problem> problems) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    String childPath = path + "." + name;
                    Object v = value(p, p.nextToken(), childPath, problems);
                    if (m.containsKey(name)) {
                        problems.add(new Problem(childPath, "la propriété « " + name + " » apparaît deux fois"));
                    }
                    m.put(name, v);
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(value(p, e, path + "[" + l.size() + "]", problems));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDecimalValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected token " + t);
        }
    }

    /** Canonical: keys sorted, no whitespace, UTF-8. */
    static byte[] canonical(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, tree, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String canonicalString(Object tree) {
        return new String(canonical(tree), StandardCharsets.UTF_8);
    }

    /** For people: keys in model order, 2-space indent, "key": value, LF line ends, final LF. */
    static String pretty(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pp);
            write(g, tree, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator g, Object v, boolean sorted) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            Map<String, Object> entries = sorted ? new TreeMap<>((Map<String, Object>) m) : (Map<String, Object>) m;
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                g.writeFieldName(e.getKey());
                write(g, e.getValue(), sorted);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object e : l) {
                write(g, e, sorted);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(plain(d));
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v == null) {
            g.writeNull();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass());
        }
    }

    /** Decimal normalized: no exponent, no trailing zeros ("80000.00" → "80000", "9.50" → "9.5"). */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }
}
