package ca.concerto.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.EditConflictException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The plan store's PlanDocumentService in the real core (its PlanInterchange reference, its
 * migrations read from the bundle): one document, read and edited through both services.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlanDocumentsOnH2IT {

    private static final long SERVICE_TIMEOUT_MS = 120_000;

    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanDocumentService documents;
    @Inject
    @Filter(timeout = SERVICE_TIMEOUT_MS)
    PlanService plans;

    @Configuration
    public Option[] config() {
        Path db = Path.of(System.getProperty("concerto.itest.work", "target/itest-work"), "h2-documents", "data",
                "concerto");
        return CoreRuntime.options("jdbc:h2:file:" + db.toAbsolutePath(), "", "", "h2-documents");
    }

    @Test
    public void importEditVersionAndDecide() {
        String regroupement = "it-" + UUID.randomUUID().toString().substring(0, 8);
        PlanItem action = new PlanItem("p1.1", 1, "1.1", "Que la TROC organise des rencontres", null,
                ActionDetails.of(List.of("Coordonnatrice"), Schedule.of("Automne 2026")), List.of());
        PlanDocument document = new PlanDocument(PlanDocument.FORMAT_VERSION, "Plan d'action 2026-2027", null,
                Period.of("2026-2027"), List.of(), null,
                List.of(new LevelDefinition("Volet", NumberingStyle.DECIMAL),
                        new LevelDefinition("Proposition", NumberingStyle.DECIMAL)),
                List.of(new PlanItem("v1", 0, "1", "Vie associative", null, null, List.of(action))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        long id = documents.importDocument(regroupement, document, "animatrice").id();
        assertEquals(document, documents.document(regroupement, id).orElseThrow());
        PlanVersion v1 = documents.versions(regroupement, id).get(0);
        assertEquals(1, v1.number());
        assertTrue(documents.document(regroupement + "-autre", id).isEmpty());
        assertThrows(PlanNotFoundException.class, () -> documents.versions(regroupement + "-autre", id));

        long revision = documents.itemRevisions(regroupement, id).get("p1.1");
        documents.updateItem(regroupement, id, "p1.1", revision, action.withTitle("Que la TROC tienne 4 rencontres"),
                "coordo");
        assertThrows(EditConflictException.class, () -> documents.updateItem(regroupement, id, "p1.1", revision,
                action.withTitle("Écrasé"), "autre"));
        Plan plan = plans.findPlan(regroupement, id).orElseThrow();
        assertEquals("Que la TROC tienne 4 rencontres", plan.objectives().get(0).actions().get(0).title());

        plans.markSubmitted(regroupement, id);
        List<PlanVersion> versions = documents.versions(regroupement, id);
        assertEquals(2, versions.size());
        assertNotEquals(v1.fingerprint(), versions.get(1).fingerprint());
        AdoptionDecision decision = plans.recordDecision(regroupement, id, DecisionOutcome.ADOPT, "CA", "president",
                null);
        assertEquals(Integer.valueOf(2), decision.versionNumber());
        assertEquals(versions.get(1).fingerprint(), decision.versionFingerprint());

        // a plan created through PlanService is a document too
        Plan created = plans.createPlan(regroupement, new PlanDraft("Plan simple", "2026-2027", null, List.of(
                new PlanDraft.ObjectiveDraft("Objectif", List.of(new PlanDraft.ActionDraft("Action", null, null))))),
                "animatrice");
        assertEquals(List.of("o1", "o1.a1"), documents.document(regroupement, created.id()).orElseThrow().allItems()
                .stream().map(PlanItem::key).toList());
    }
}
