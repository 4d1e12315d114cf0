package ca.concerto.ui.cycle.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.Organization;
import ca.concerto.workflow.api.TaskKind;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/ca/concerto/ui/cycle/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> fr = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        Set<String> onlyFr = new TreeSet<>(fr);
        onlyFr.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(fr);
        assertTrue(onlyFr.isEmpty(), "missing in English: " + onlyFr);
        assertTrue(onlyEn.isEmpty(), "missing in French: " + onlyEn);
        assertTrue(fr.size() > 250, "keys: " + fr.size());
    }

    /** Every literal key in the sources ("cycle.phase", "decision.error.quorum"...) is in both files. */
    @Test
    void everyKeyUsedInTheSourcesExistsInBothLanguages() throws IOException {
        Properties fr = load("messages.properties");
        Properties en = load("messages_en.properties");
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.startsWith("ca.") || key.startsWith("java.")) {
                        continue; // bundle and component names
                    }
                    found++;
                    if (!fr.containsKey(key) || !en.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(found > 200, "keys found in the sources: " + found);
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void noValueIsBlankAndApostrophesFitMessageFormat() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertFalse(value.isBlank(), file + " " + key);
                if (key.startsWith("format.")) {
                    continue;
                }
                if (value.matches("(?s).*\\{[0-9].*")) {
                    assertFalse(value.replace("''", "").contains("'"), file + " " + key + ": " + value);
                } else {
                    assertFalse(value.contains("''"), file + " " + key + ": " + value);
                }
            }
        }
    }

    /** Keys built from enum constants and codes: each has words in both languages. */
    @Test
    void everyPhaseStatusKindRuleAndBodyHasWords() {
        for (Locale locale : new Locale[] {Locale.CANADA_FRENCH, Locale.CANADA}) {
            Messages messages = Messages.of(locale);
            List<String> keys = new ArrayList<>();
            for (CyclePhase phase : CyclePhase.values()) {
                keys.add("phase." + phase.name());
            }
            for (ActionProgress progress : ActionProgress.values()) {
                keys.add("progress." + progress.name());
            }
            for (TaskKind kind : TaskKind.values()) {
                keys.add("task.kind." + kind.name());
            }
            for (DecisionOutcome outcome : DecisionOutcome.values()) {
                keys.add("outcome." + outcome.name());
                keys.add("decision.outcome." + outcome.name());
                keys.add("decision.recorded." + outcome.name());
            }
            for (CommentKind kind : CommentKind.values()) {
                keys.add("comment.kind." + kind.name());
                keys.add("comments.done." + kind.name());
            }
            for (CommentStatus status : CommentStatus.values()) {
                keys.add("comment.status." + status.name());
            }
            for (DecisionRuleException.Rule rule : DecisionRuleException.Rule.values()) {
                keys.add("rule." + rule.name());
            }
            for (Organization.OrganizationKind kind : Organization.OrganizationKind.values()) {
                keys.add("organization.kind." + kind.name());
            }
            for (String body : NewCycleView.BODIES) {
                keys.add("body." + body);
            }
            keys.add("decision.mode." + DecisionView.VOTE);
            keys.add("decision.mode." + DecisionView.WRITTEN);
            for (String key : keys) {
                assertTrue(messages.has(key), locale + " " + key);
            }
        }
    }

    @Test
    void frenchIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Messages fr = Messages.of(Locale.CANADA_FRENCH);
            assertEquals("Cycles des plans", fr.get("screen.cycles.title"));
            assertEquals("Réalisé", fr.progress(ActionProgress.DONE));
            assertEquals("Sans statut", fr.progress(null));
            assertEquals("Procès-verbal", fr.get("meeting.minutes"));
            assertEquals("1er mars 2026", fr.date(LocalDate.of(2026, 3, 1)));
            assertEquals("27 septembre 2023", fr.date(LocalDate.of(2023, 9, 27)));
            assertEquals("Comité de coordination", fr.body("CC"));
            assertEquals("échéancier", fr.diffField("action.schedule"));
            assertEquals("unknownField", fr.diffField("unknownField"));
            Messages en = Messages.of(Locale.CANADA);
            assertEquals("September 27, 2023", en.date(LocalDate.of(2023, 9, 27)));
            assertEquals("Abandoned", en.progress(ActionProgress.ABANDONED));
            assertEquals("Plan cycles", Messages.of(Locale.ENGLISH).get("screen.cycles.title"));
            assertEquals("Cycles des plans", Messages.of(Locale.GERMAN).get("screen.cycles.title"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
