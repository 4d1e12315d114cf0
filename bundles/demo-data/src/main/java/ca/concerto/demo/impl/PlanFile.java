package ca.concerto.demo.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanDraft.ActionDraft;
import ca.concerto.plan.api.PlanDraft.ObjectiveDraft;

/**
 * Reads a plan transcribed in the bundle's small line format ({@code *.plan}, UTF-8):
 * <pre>
 * titre: Plan d'action TROC Montérégie 2023-2024
 * periode: 2023-2024
 * mission: one paragraph per line
 * objectif: an objective's title
 * action: title | responsable | échéancier
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored.
 */
final class PlanFile {

    private PlanFile() {
    }

    /** Reads a {@code .plan} resource beside this class. */
    static PlanDraft load(String resource) {
        try (InputStream in = PlanFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No plan resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanDraft parse(String text) {
        String title = null;
        String period = null;
        List<String> mission = new ArrayList<>();
        List<String> objectiveTitles = new ArrayList<>();
        List<List<ActionDraft>> objectiveActions = new ArrayList<>();

        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int colon = trimmed.indexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("Line " + lineNumber + ": expected 'key: value'");
                }
                String key = trimmed.substring(0, colon).strip();
                String value = trimmed.substring(colon + 1).strip();
                switch (key) {
                    case "titre" -> title = value;
                    case "periode" -> period = value;
                    case "mission" -> mission.add(value);
                    case "objectif" -> {
                        objectiveTitles.add(value);
                        objectiveActions.add(new ArrayList<>());
                    }
                    case "action" -> {
                        if (objectiveActions.isEmpty()) {
                            throw new IllegalArgumentException("Line " + lineNumber + ": action before any objectif");
                        }
                        String[] parts = value.split("\\|", -1);
                        if (parts.length > 3 || parts[0].isBlank()) {
                            throw new IllegalArgumentException("Line " + lineNumber
                                    + ": expected 'action: title | responsable | échéancier'");
                        }
                        objectiveActions.get(objectiveActions.size() - 1).add(new ActionDraft(parts[0].strip(),
                                part(parts, 1), part(parts, 2)));
                    }
                    default -> throw new IllegalArgumentException("Line " + lineNumber + ": unknown key " + key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("No titre");
        }
        List<ObjectiveDraft> objectives = new ArrayList<>();
        for (int i = 0; i < objectiveTitles.size(); i++) {
            objectives.add(new ObjectiveDraft(objectiveTitles.get(i), objectiveActions.get(i)));
        }
        return new PlanDraft(title, period, mission.isEmpty() ? null : String.join("\n\n", mission), objectives);
    }

    private static String part(String[] parts, int index) {
        if (parts.length <= index || parts[index].isBlank()) {
            return null;
        }
        return parts[index].strip();
    }
}
