package ca.concerto.ui.plans.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.workflow.api.TaskKind;

import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/ca/concerto/ui/plans/" + name)) {
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
        assertTrue(fr.size() > 50, "keys: " + fr.size());
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
                if (value.contains("{0")) {
                    // In a MessageFormat pattern a lone apostrophe swallows the rest
                    assertFalse(value.replace("''", "").contains("'"), file + " " + key + ": " + value);
                } else {
                    assertFalse(value.contains("''"), file + " " + key + ": " + value);
                }
            }
        }
    }

    @Test
    void everyStatusOutcomeAndTaskKindHasWords() {
        for (Locale locale : new Locale[] {Locale.CANADA_FRENCH, Locale.CANADA}) {
            Messages messages = Messages.of(locale);
            for (PlanStatus status : PlanStatus.values()) {
                assertFalse(messages.status(status).startsWith("!"), status.name());
            }
            for (DecisionOutcome outcome : DecisionOutcome.values()) {
                assertFalse(messages.outcome(outcome).startsWith("!"), outcome.name());
                assertFalse(messages.get("decision.recorded." + outcome.name()).startsWith("!"), outcome.name());
            }
            for (TaskKind kind : TaskKind.values()) {
                assertFalse(messages.taskKind(kind).startsWith("!"), kind.name());
            }
        }
    }

    @Test
    void frenchIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("Soumettre pour adoption", Messages.of(Locale.CANADA_FRENCH).get("plan.submit"));
            assertEquals("Plans d'action", Messages.of(Locale.FRENCH).get("screen.plans.title"));
            assertEquals("Échéancier", Messages.of(Locale.CANADA_FRENCH).get("plan.action.schedule"));
            assertEquals("Submit for adoption", Messages.of(Locale.CANADA).get("plan.submit"));
            assertEquals("My tasks", Messages.of(Locale.US).get("screen.tasks.title"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void userLanguageGivesTheLocale() {
        assertEquals(Locale.CANADA_FRENCH, Messages.localeOf(user("fr")));
        assertEquals(Locale.CANADA, Messages.localeOf(user("en")));
        assertEquals(Locale.CANADA_FRENCH, Messages.localeOf(user(null)));
        assertEquals(Locale.CANADA_FRENCH, Messages.localeOf(null));
    }

    @Test
    void adoptedOnInFrenchAndEnglish() {
        // 27 September 2023, 19 h in Québec (23 h UTC)
        Instant evening = LocalDateTime.of(2023, 9, 27, 19, 0).atZone(Messages.QUEBEC_ZONE).toInstant();
        assertEquals("Adopté le 27 septembre 2023", Messages.of(Locale.CANADA_FRENCH).adoptedOn(evening));
        assertEquals("Adopted on September 27, 2023", Messages.of(Locale.CANADA).adoptedOn(evening));
        // The date is the Québec date, not the UTC one (already 28 September in UTC)
        Instant lateEvening = LocalDateTime.of(2023, 9, 27, 22, 30).atZone(Messages.QUEBEC_ZONE).toInstant();
        assertEquals("Adopté le 27 septembre 2023", Messages.of(Locale.CANADA_FRENCH).adoptedOn(lateEvening));
        Instant firstOfMonth = LocalDateTime.of(2024, 3, 1, 10, 0).atZone(Messages.QUEBEC_ZONE).toInstant();
        assertEquals("Adopté le 1er mars 2024", Messages.of(Locale.CANADA_FRENCH).adoptedOn(firstOfMonth));
        assertEquals("Adopted on March 1, 2024", Messages.of(Locale.CANADA).adoptedOn(firstOfMonth));
    }

    @Test
    void labelValueUsesFrenchSpacing() {
        assertEquals("Période\u00a0: 2023-2024",
                Messages.of(Locale.CANADA_FRENCH).format("plan.labelValue", "Période", "2023-2024"));
        assertEquals("Period: 2023-2024", Messages.of(Locale.CANADA).format("plan.labelValue", "Period", "2023-2024"));
        assertEquals("Retirer l'objectif 2", Messages.of(Locale.CANADA_FRENCH).format("form.removeObjective.aria", 2));
        assertEquals("3 objectifs, 1 action", Messages.of(Locale.CANADA_FRENCH).format("decision.summary", 3, 1));
    }

    @Test
    void amountsAreWrittenAsEachLanguageWritesDollars() {
        Messages fr = Messages.of(user("fr"));
        Messages en = Messages.of(user("en"));
        assertEquals("111\u00a0600\u00a0$", fr.amount(new BigDecimal("111600")));
        assertEquals("111\u00a0600\u00a0$", fr.amount(new BigDecimal("111600.00")));
        assertEquals("80\u00a0000,50\u00a0$", fr.amount(new BigDecimal("80000.5")));
        assertEquals("$111,600", en.amount(new BigDecimal("111600")));
        assertEquals("$80,000.50", en.amount(new BigDecimal("80000.5")));
    }

    private static UserAccount user(String language) {
        return new UserAccount("u", "U", "r", Set.of(Role.FACILITATOR), language);
    }
}
