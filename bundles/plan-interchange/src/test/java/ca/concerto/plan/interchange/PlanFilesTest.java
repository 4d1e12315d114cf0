package ca.concerto.plan.interchange;

import static ca.concerto.plan.interchange.Plans.INTERCHANGE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.ScheduleKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The three real plans: read, schema-valid, stable canonical form. */
class PlanFilesTest {

    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Plans.resource("/schema/concerto-plan.schema.json"));

    static final java.util.List<String> FILES = Plans.FILES;

    @ParameterizedTest
    @FieldSource("FILES")
    void readsWithoutProblems(String name) throws Exception {
        assumeTrue(Plans.exists(name), name + " not transcribed yet");
        PlanDocument d = INTERCHANGE.read(Plans.plan(name));
        assertTrue(d.allItems().size() > 10);
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void fileAndItsExportValidateAgainstTheSchema(String name) throws Exception {
        assumeTrue(Plans.exists(name), name + " not transcribed yet");
        ObjectMapper mapper = new ObjectMapper();
        Set<ValidationMessage> errors = SCHEMA.validate(mapper.readTree(Plans.plan(name)));
        assertTrue(errors.isEmpty(), errors.toString());
        String exported = INTERCHANGE.write(INTERCHANGE.read(Plans.plan(name)));
        errors = SCHEMA.validate(mapper.readTree(exported));
        assertTrue(errors.isEmpty(), errors.toString());
        byte[] canonical = INTERCHANGE.canonicalBytes(INTERCHANGE.read(Plans.plan(name)));
        errors = SCHEMA.validate(mapper.readTree(canonical));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void exportImportExportIsByteIdentical(String name) throws Exception {
        assumeTrue(Plans.exists(name), name + " not transcribed yet");
        PlanDocument first = INTERCHANGE.read(Plans.plan(name));
        String pretty = INTERCHANGE.write(first);
        PlanDocument second = INTERCHANGE.read(pretty);
        assertEquals(pretty, INTERCHANGE.write(second));
        assertArrayEquals(INTERCHANGE.canonicalBytes(first), INTERCHANGE.canonicalBytes(second));
        byte[] canonical = INTERCHANGE.canonicalBytes(first);
        PlanDocument third = INTERCHANGE.read(new String(canonical, StandardCharsets.UTF_8));
        assertArrayEquals(canonical, INTERCHANGE.canonicalBytes(third));
        assertEquals(INTERCHANGE.fingerprint(first), INTERCHANGE.fingerprint(third));
        assertEquals(64, INTERCHANGE.fingerprint(first).length());
        assertEquals(second, third, "the model survives both forms");
    }

    @ParameterizedTest
    @FieldSource("FILES")
    void filesAreInTheWritersForm(String name) throws Exception {
        assumeTrue(Plans.exists(name), name + " not transcribed yet");
        String file = Plans.plan(name);
        assertEquals(INTERCHANGE.write(INTERCHANGE.read(file)), file,
                "regenerate the file with write(read(file)) so that it carries derived kinds and ranges");
    }

    @Test
    void trocContent() throws Exception {
        PlanDocument d = INTERCHANGE.read(Plans.plan("troc-monteregie-2023-2024"));
        assertEquals(4, d.items().size());
        assertEquals(31, d.allItems().size() - 4, "31 propositions");
        assertEquals(java.time.LocalDate.of(2023, 9, 27), d.adoption().date());
        assertEquals(java.time.LocalDate.of(2023, 4, 1), d.period().start());
        PlanItem p211 = d.items().get(1).children().getFirst().children().getFirst();
        assertEquals("2.1.1", p211.number());
        assertEquals("4.10", d.items().get(3).children().getLast().number());
    }

    @Test
    void ropContent() throws Exception {
        PlanDocument d = INTERCHANGE.read(Plans.plan("rop-mauricie-2021-2022"));
        assertEquals(3, d.items().size());
        assertEquals("Avril 2021 – mars 2022", d.period().text());
        assertEquals(java.time.LocalDate.of(2022, 3, 31), d.period().end());
        PlanItem teva2 = d.allItems().stream().filter(i -> i.key().equals("b-teva-2")).findFirst().orElseThrow();
        assertEquals(ScheduleKind.DATE, teva2.action().schedule().kind());
    }

    @Test
    void cdsContent() throws Exception {
        PlanDocument d = INTERCHANGE.read(Plans.plan("cds-mauricie-2009-2010"));
        assertEquals(4, d.items().size());
        assertEquals(new java.math.BigDecimal("111600"), d.projects().getFirst().budgetTotal());
        assertEquals(0, d.projects().getFirst().budgetSum().compareTo(new java.math.BigDecimal("111600")));
        assertEquals(7, d.projects().getFirst().budget().size());
        assertEquals(16, d.projects().getFirst().timeline().size());
        assertEquals(4, d.communicationPlans().getFirst().audiences().size());
        assertEquals(20, d.communicationPlans().getFirst().lines().size());
        assertEquals(3, d.committees().size());
        PlanItem a111 = d.allItems().stream().filter(i -> "1.1.1".equals(i.number())).findFirst().orElseThrow();
        assertEquals(ScheduleKind.DATE_LIST, a111.action().schedule().kind());
        assertEquals(java.time.LocalDate.of(2009, 3, 31), a111.action().schedule().range().start());
        assertEquals(ca.concerto.plan.model.AdoptingBody.COMITE_COORDINATION, d.adoption().body());
    }
}
