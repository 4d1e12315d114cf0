package ca.concerto.plan.interchange;

import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

final class Plans {
    static final List<String> FILES = List.of("troc-monteregie-2023-2024", "rop-mauricie-2021-2022",
            "cds-mauricie-2009-2010");
    static final PlanInterchange INTERCHANGE = new PlanInterchangeImpl();

    private Plans() {}

    static String resource(String path) {
        try (InputStream in = Plans.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean exists(String name) {
        return Plans.class.getResource("/plans/" + name + ".json") != null;
    }

    static String plan(String name) {
        return resource("/plans/" + name + ".json");
    }
}
