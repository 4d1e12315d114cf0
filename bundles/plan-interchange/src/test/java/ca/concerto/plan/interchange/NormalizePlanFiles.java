package ca.concerto.plan.interchange;

import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites plan files in the writer's form (derived schedule kinds and ranges, period dates):
 * {@code java -cp ... ca.concerto.plan.interchange.NormalizePlanFiles src/main/resources/plans/*.json}.
 */
public final class NormalizePlanFiles {
    public static void main(String[] args) throws Exception {
        PlanInterchange interchange = new PlanInterchangeImpl();
        for (String a : args) {
            Path p = Path.of(a);
            String json = Files.readString(p, StandardCharsets.UTF_8);
            Files.writeString(p, interchange.write(interchange.read(json)), StandardCharsets.UTF_8);
            System.out.println("normalized " + p);
        }
    }
}
