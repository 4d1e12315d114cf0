package ca.concerto.plan.store.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.CommitteeConflictException;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.EditConflictException;
import ca.concerto.plan.api.InvalidPlanStateException;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.impl.PlanInterchangeImpl;
import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.CommitteeMember;
import ca.concerto.plan.model.MemberStatus;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.OrganizationKind;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Schedule;

class PlanDocumentServiceTest {
    static final String TROC = PlanStoreTest.TROC;
    static final String ROP = PlanStoreTest.ROP;
    static final List<String> FILES = List.of("troc-monteregie-2023-2024", "rop-mauricie-2021-2022",
            "cds-mauricie-2009-2010");
    static final PlanInterchange INTERCHANGE = new PlanInterchangeImpl();

    /** A real plan, read from the interchange bundle's resources with the interchange service. */
    static PlanDocument realPlan(String name) {
        try (InputStream in = PlanInterchangeImpl.class.getResourceAsStream("/plans/" + name + ".json")) {
            assertNotNull(in, name);
            return INTERCHANGE.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidPlanFileException e) {
            throw new AssertionError(e);
        }
    }

    /** The first item that carries action details, else (TROC: plain propositions) the first leaf under a root. */
    static PlanItem firstAction(PlanDocument d) {
        return d.allItems().stream().filter(i -> i.action() != null).findFirst()
                .orElseGet(() -> d.allItems().stream().filter(i -> !d.items().contains(i) && i.children().isEmpty())
                        .findFirst().orElseThrow());
    }

    /** The actions the simple view shows: items with details, or leaves under the roots when no item has any. */
    static long simpleActions(PlanDocument d) {
        boolean details = d.allItems().stream().anyMatch(i -> i.action() != null);
        return d.allItems().stream().filter(i -> !d.items().contains(i))
                .filter(i -> i.action() != null || (!details && i.children().isEmpty())).count();
    }

    /** Plans of thousands of actions run past a megabyte of canonical JSON; the default H2 must take them. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aPlanOfSeveralMegabytesIsStoredWhole(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument base = realPlan(FILES.get(0));
            PlanItem first = base.items().get(0);
            String annex = "Texte intégral d'une très longue annexe du plan, conservé tel quel. ".repeat(30_000);
            PlanItem large = new PlanItem(first.key(), first.level(), first.number(), first.title(), annex,
                    first.action(), first.children());
            List<PlanItem> items = new java.util.ArrayList<>(base.items());
            items.set(0, large);
            PlanDocument document = base.withItems(items);
            assertTrue(INTERCHANGE.canonicalBytes(document).length > 2_000_000, "over two megabytes");

            PlanSummary summary = f.documents.importDocument(TROC, document, "animatrice");
            assertEquals(document, f.documents.document(TROC, summary.id()).orElseThrow());
            assertEquals(document, f.documents.versionDocument(TROC, summary.id(), 1).orElseThrow());
        }
    }

    /** What the plan's page and the directory show besides the hierarchy, read without the item rows. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theHeaderIsTheWorkingDocumentWithoutItsItems(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            for (String name : FILES) {
                PlanDocument original = realPlan(name);
                long planId = f.documents.importDocument(TROC, original, "animatrice").id();
                PlanDocument header = f.documents.header(TROC, planId).orElseThrow();
                assertEquals(original.withItems(List.of()), header, name);
                assertEquals(List.of(), header.items());
                assertEquals(original.projects(), header.projects(), name);
                assertEquals(original.committees(), header.committees(), name);
                // the default of the interface, from the whole document, says the same
                PlanDocumentService whole = (PlanDocumentService) Proxy.newProxyInstance(
                        PlanDocumentService.class.getClassLoader(), new Class<?>[] {PlanDocumentService.class},
                        (proxy, method, args) -> method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args)
                                : method.getName().equals("document") ? f.documents.document((String) args[0], (Long) args[1])
                                : fail("only the whole document is read: " + method.getName()));
                assertEquals(header, whole.header(TROC, planId).orElseThrow(), name);
            }
            assertTrue(f.documents.header(ROP, f.documents.importDocument(TROC, realPlan(FILES.get(0)), "animatrice").id())
                    .isEmpty(), "another regroupement's plan is absent");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void realPlansComeBackExactlyAndTheirVersionsToo(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            for (String name : FILES) {
                PlanDocument original = realPlan(name);
                String fingerprint = INTERCHANGE.fingerprint(original);
                PlanSummary summary = f.documents.importDocument(TROC, original, "animatrice");
                assertEquals(PlanStatus.DRAFT, summary.status());
                assertEquals(original.title(), summary.title());

                PlanDocument stored = f.documents.document(TROC, summary.id()).orElseThrow();
                assertEquals(original, stored, name);
                assertEquals(fingerprint, INTERCHANGE.fingerprint(stored), name);

                // imported = version 1, exactly as given
                List<PlanVersion> versions = f.documents.versions(TROC, summary.id());
                assertEquals(1, versions.size());
                assertEquals(1, versions.get(0).number());
                assertEquals(fingerprint, versions.get(0).fingerprint());
                assertEquals("animatrice", versions.get(0).createdBy());
                assertEquals(original, f.documents.versionDocument(TROC, summary.id(), 1).orElseThrow());

                PlanVersion again = f.documents.recordVersion(TROC, summary.id(), "coordo", "Pour le CA");
                assertEquals(2, again.number());
                assertEquals(fingerprint, again.fingerprint(), "same document, same fingerprint");
                assertEquals("Pour le CA", again.note());
                assertEquals(original, f.documents.versionDocument(TROC, summary.id(), 2).orElseThrow());
                assertTrue(f.documents.versionDocument(TROC, summary.id(), 3).isEmpty());

                // the simple view reads the same content
                Plan plan = f.plans.findPlan(TROC, summary.id()).orElseThrow();
                assertEquals(original.title(), plan.title());
                assertEquals(original.period().text(), plan.period());
                assertEquals(original.items().size(), plan.objectives().size());
                long actions = simpleActions(original);
                assertTrue(actions > 0, name);
                assertEquals(actions, plan.objectives().stream().mapToLong(o -> o.actions().size()).sum(), name);
                assertEquals(original.allItems().size(), f.documents.itemRevisions(TROC, summary.id()).size());
            }
            assertEquals(3, f.plans.listPlans(TROC).size());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anEditMakesTheNextVersionDifferAndTheDiffShowsIt(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("troc-monteregie-2023-2024");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem action = firstAction(original);
            long revision = f.documents.itemRevisions(TROC, id).get(action.key());
            long planRevision = f.plans.findPlan(TROC, id).orElseThrow().revision();

            PlanItem changed = new PlanItem(action.key(), action.level(), action.number(), action.title() + " (révisé)",
                    "Nouvelle description", action.action() == null ? ActionDetails.of(List.of(), Schedule.of("Automne 2023"))
                    : action.action().withSchedule(Schedule.of("Automne 2023")), List.of());
            long next = f.documents.updateItem(TROC, id, action.key(), revision, changed, "coordo");
            assertEquals(revision + 1, next);
            assertEquals(next, f.documents.itemRevisions(TROC, id).get(action.key()));
            assertTrue(f.plans.findPlan(TROC, id).orElseThrow().revision() > planRevision, "the plan's revision moves");

            PlanDocument edited = f.documents.document(TROC, id).orElseThrow();
            PlanItem stored = DocumentRows.find(edited, action.key());
            assertEquals(action.title() + " (révisé)", stored.title());
            assertEquals("Nouvelle description", stored.description());
            assertEquals(action.children(), stored.children(), "children are not the item's own fields");
            assertEquals(DocumentRows.replace(original, stored.withChildren(action.children())), edited);

            PlanVersion v2 = f.documents.recordVersion(TROC, id, "coordo", "Après commentaires");
            PlanVersion v1 = f.documents.versions(TROC, id).get(0);
            assertNotEquals(v1.fingerprint(), v2.fingerprint());
            assertEquals(INTERCHANGE.fingerprint(edited), v2.fingerprint());
            PlanDiff diff = INTERCHANGE.diff(f.documents.versionDocument(TROC, id, 1).orElseThrow(),
                    f.documents.versionDocument(TROC, id, 2).orElseThrow());
            assertEquals(1, diff.changed().size());
            assertEquals(action.key(), diff.changed().get(0).key());
            assertTrue(diff.changed().get(0).fieldNames().containsAll(List.of("title", "description"))
                    && diff.changed().get(0).fieldNames().stream().anyMatch(n -> n.startsWith("action")),
                    diff.changed().get(0).fieldNames().toString());
            assertTrue(diff.added().isEmpty() && diff.removed().isEmpty() && diff.moved().isEmpty()
                    && diff.documentChanges().isEmpty());
            // version 1 is untouched by the edit
            assertEquals(original, f.documents.versionDocument(TROC, id, 1).orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aStaleEditIsRefusedWithBothValues(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("rop-mauricie-2021-2022");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem item = firstAction(original);
            // two editors load the same revision
            long loaded = f.documents.itemRevisions(TROC, id).get(item.key());
            PlanItem byAnne = item.withTitle("Version d'Anne");
            PlanItem byBen = item.withTitle("Version de Ben");
            f.documents.updateItem(TROC, id, item.key(), loaded, byAnne, "anne");
            EditConflictException conflict = assertThrows(EditConflictException.class,
                    () -> f.documents.updateItem(TROC, id, item.key(), loaded, byBen, "ben"));
            assertEquals(item.key(), conflict.itemKey());
            assertEquals(loaded + 1, conflict.currentRevision());
            assertEquals("Version d'Anne", conflict.current().title());
            assertEquals(byBen, conflict.attempted());
            // nothing of Ben's was written
            assertEquals("Version d'Anne", DocumentRows.find(f.documents.document(TROC, id).orElseThrow(), item.key()).title());
            assertEquals(loaded + 1, f.documents.itemRevisions(TROC, id).get(item.key()));
            // Ben reloads and saves
            assertEquals(loaded + 2, f.documents.updateItem(TROC, id, item.key(), loaded + 1, byBen, "ben"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentEditorsOfOneItemCannotLoseAnUpdate(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("troc-monteregie-2023-2024");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem item = firstAction(original);
            long loaded = f.documents.itemRevisions(TROC, id).get(item.key());
            int editors = 6;
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Long>> saves = new ArrayList<>();
                for (int i = 0; i < editors; i++) {
                    PlanItem mine = item.withTitle("Version " + i);
                    String who = "editor" + i;
                    saves.add(() -> {
                        start.await();
                        return f.documents.updateItem(TROC, id, item.key(), loaded, mine, who);
                    });
                }
                List<Future<Long>> results = new ArrayList<>();
                for (Callable<Long> save : saves) {
                    results.add(pool.submit(save));
                }
                start.countDown();
                int ok = 0;
                for (Future<Long> r : results) {
                    try {
                        assertEquals(loaded + 1, r.get());
                        ok++;
                    } catch (ExecutionException e) {
                        assertTrue(e.getCause() instanceof EditConflictException, e.getCause().toString());
                    }
                }
                assertEquals(1, ok, "exactly one editor wins");
                assertEquals(loaded + 1, f.documents.itemRevisions(TROC, id).get(item.key()));

                // editors of different items do not conflict
                List<PlanItem> actions = original.allItems().stream().filter(i -> i.children().isEmpty()).limit(editors)
                        .toList();
                Map<String, Long> revisions = f.documents.itemRevisions(TROC, id);
                List<Callable<Long>> different = new ArrayList<>();
                for (PlanItem a : actions) {
                    different.add(() -> f.documents.updateItem(TROC, id, a.key(), revisions.get(a.key()),
                            a.withTitle(a.title() + " !"), "editor"));
                }
                for (Future<Long> r : pool.invokeAll(different)) {
                    r.get();
                }
                assertEquals(editors, actions.size());
                PlanDocument after = f.documents.document(TROC, id).orElseThrow();
                for (PlanItem a : actions) {
                    assertEquals(a.title() + " !", DocumentRows.find(after, a.key()).title());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyMethodRefusesAnotherRegroupement(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("troc-monteregie-2023-2024");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem item = firstAction(original);
            long revision = f.documents.itemRevisions(TROC, id).get(item.key());

            assertTrue(f.documents.document(ROP, id).isEmpty());
            assertThrows(PlanNotFoundException.class, () -> f.documents.itemRevisions(ROP, id));
            assertThrows(PlanNotFoundException.class,
                    () -> f.documents.updateItem(ROP, id, item.key(), revision, item.withTitle("Intrus"), "intrus"));
            assertThrows(PlanNotFoundException.class, () -> f.documents.recordVersion(ROP, id, "intrus", null));
            assertThrows(PlanNotFoundException.class, () -> f.documents.versions(ROP, id));
            assertTrue(f.documents.versionDocument(ROP, id, 1).isEmpty());
            // an import is the importer's own
            long ropPlan = f.documents.importDocument(ROP, original, "rop").id();
            assertTrue(f.documents.document(TROC, ropPlan).isEmpty());
            assertEquals(List.of(id), f.plans.listPlans(TROC).stream().map(PlanSummary::id).toList());
            // nothing changed
            assertEquals(original, f.documents.document(TROC, id).orElseThrow());
            assertEquals(revision, f.documents.itemRevisions(TROC, id).get(item.key()));
            assertEquals(1, f.documents.versions(TROC, id).size());
            assertThrows(IllegalArgumentException.class, () -> f.documents.document(" ", id));
            assertThrows(IllegalArgumentException.class, () -> f.documents.importDocument(null, original, "x"));
        }
    }

    /**
     * A plan's committees are written one at a time, each only if it is still as the screen read it;
     * the items are left as they were, and an adopted plan becomes a draft again.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCommitteeIsAddedCorrectedAndRemovedOnlyAsItWasRead(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("cds-mauricie-2009-2010");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            Map<String, Long> revisions = f.documents.itemRevisions(TROC, id);
            Committee food = original.committees().get(0);
            Committee citizens = original.committees().get(1);
            Committee housing = original.committees().get(2); // a project of the plan refers to it
            Organization cdc = new Organization("annuaire-7", "CDC du Haut-Saint-Laurent", null, OrganizationKind.MEMBER);
            Committee mobility = new Committee("c-mobilite", null, "Chantier Mobilité", "Améliorer le transport",
                    null, null, null, null, "4 rencontres par année", List.of(new CommitteeMember("Sophie Tremblay",
                            cdc.name(), cdc.key(), "coordonnatrice", MemberStatus.MEMBER)), null);

            f.plans.markSubmitted(TROC, id);
            assertThrows(InvalidPlanStateException.class,
                    () -> f.documents.saveCommittee(TROC, id, null, mobility, List.of(cdc), "coordo"),
                    "not while the board decides");
            f.plans.recordDecision(TROC, id, DecisionOutcome.ADOPT, "CA", "president", "Adopté");

            // a member's organization the plan does not list is refused, unless given to be added
            assertThrows(IllegalArgumentException.class,
                    () -> f.documents.saveCommittee(TROC, id, null, mobility, List.of(), "coordo"));
            assertEquals(PlanStatus.ADOPTED, f.plans.findSummary(TROC, id).orElseThrow().status(), "nothing written");
            f.documents.saveCommittee(TROC, id, null, mobility, List.of(cdc), "coordo");
            PlanDocument saved = f.documents.document(TROC, id).orElseThrow();
            assertEquals(List.of(food, citizens, housing, mobility), saved.committees());
            assertEquals(cdc, saved.organizations().getLast());
            assertEquals(original.items(), saved.items(), "the items are as they were");
            assertEquals(revisions, f.documents.itemRevisions(TROC, id));
            assertEquals(PlanStatus.DRAFT, f.plans.findSummary(TROC, id).orElseThrow().status(),
                    "a changed adopted plan needs a new adoption");

            // added twice under one key: the second is told of the first
            CommitteeConflictException twice = assertThrows(CommitteeConflictException.class,
                    () -> f.documents.saveCommittee(TROC, id, null, mobility, List.of(), "autre"));
            assertEquals(mobility, twice.current());

            Committee renamed = new Committee(food.key(), food.annex(), "Comité de sécurité alimentaire de la MRC",
                    food.mission(), food.context(), food.mandates(), food.objectives(), food.means(),
                    food.meetingFrequency(), food.members().subList(1, food.members().size()), food.notes());
            f.documents.saveCommittee(TROC, id, food, renamed, List.of(), "coordo");
            // another screen still holding the committee as it was read before
            Committee stale = new Committee(food.key(), food.annex(), "Autre nom", food.mission(), food.context(),
                    food.mandates(), food.objectives(), food.means(), food.meetingFrequency(), food.members(),
                    food.notes());
            CommitteeConflictException conflict = assertThrows(CommitteeConflictException.class,
                    () -> f.documents.saveCommittee(TROC, id, food, stale, List.of(), "autre"));
            assertEquals(renamed, conflict.current());
            assertThrows(IllegalArgumentException.class,
                    () -> f.documents.saveCommittee(TROC, id, renamed, mobility, List.of(), "coordo"), "another key");
            assertEquals(List.of(renamed, citizens, housing, mobility),
                    f.documents.header(TROC, id).orElseThrow().committees());

            // removed only as read, and not while a project of the plan refers to it
            assertThrows(IllegalArgumentException.class, () -> f.documents.removeCommittee(TROC, id, housing, "coordo"));
            assertThrows(CommitteeConflictException.class, () -> f.documents.removeCommittee(TROC, id, food, "coordo"));
            f.documents.removeCommittee(TROC, id, citizens, "coordo");
            CommitteeConflictException gone = assertThrows(CommitteeConflictException.class,
                    () -> f.documents.removeCommittee(TROC, id, citizens, "autre"));
            assertNull(gone.current());
            assertThrows(CommitteeConflictException.class,
                    () -> f.documents.saveCommittee(TROC, id, citizens, citizens, List.of(), "autre"), "removed meanwhile");
            assertEquals(List.of(renamed, housing, mobility), f.documents.document(TROC, id).orElseThrow().committees());

            // another regroupement reaches nothing
            assertThrows(PlanNotFoundException.class,
                    () -> f.documents.saveCommittee(ROP, id, null, citizens, List.of(), "intrus"));
            assertThrows(PlanNotFoundException.class, () -> f.documents.removeCommittee(ROP, id, renamed, "intrus"));
            // the next version holds the committees as written
            PlanVersion next = f.documents.recordVersion(TROC, id, "coordo", null);
            assertEquals(List.of(renamed, housing, mobility),
                    f.documents.versionDocument(TROC, id, next.number()).orElseThrow().committees());
        }
    }

    /** An organization picked from the directory joins the plan's list with the item that names it. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anEditCanAddTheOrganizationsItNamesToThePlan(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("cds-mauricie-2009-2010");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem item = firstAction(original);
            long revision = f.documents.itemRevisions(TROC, id).get(item.key());
            Organization cdc = new Organization("annuaire-7", "CDC du Haut-Saint-Laurent", null, OrganizationKind.MEMBER);
            ActionDetails a = item.action();
            PlanItem naming = new PlanItem(item.key(), item.level(), item.number(), item.title(), item.description(),
                    new ActionDetails(a.responsibleOrganizations(), a.responsible(), List.of(cdc.key()), a.resources(),
                            a.expectedResults(), a.indicators(), a.schedule(), a.steps(), a.notes(), a.achievements(),
                            a.ongoing(), a.carriedOver()), List.of());

            // without the organization, the reference is refused as before
            assertThrows(IllegalArgumentException.class,
                    () -> f.documents.updateItem(TROC, id, item.key(), revision, naming, "coordo"));
            long next = f.documents.updateItem(TROC, id, item.key(), revision, naming, List.of(cdc), "coordo");
            assertEquals(revision + 1, next);
            PlanDocument saved = f.documents.document(TROC, id).orElseThrow();
            assertEquals(original.organizations().size() + 1, saved.organizations().size());
            assertEquals(cdc, saved.organizations().getLast());
            assertEquals(List.of(cdc.key()), DocumentRows.find(saved, item.key()).action().partnerOrganizations());

            // picked again: listed once; a key the plan holds for another organization is refused, nothing written
            f.documents.updateItem(TROC, id, item.key(), next, naming.withTitle("Encore"), List.of(cdc), "coordo");
            assertEquals(original.organizations().size() + 1, f.documents.document(TROC, id).orElseThrow()
                    .organizations().size());
            Organization clash = new Organization("annuaire-7", "Un autre organisme", null, OrganizationKind.PARTNER);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> f.documents
                    .updateItem(TROC, id, item.key(), next + 1, naming.withTitle("Non"), List.of(clash), "coordo"));
            assertTrue(refused.getMessage().contains("CDC du Haut-Saint-Laurent"), refused.getMessage());
            assertEquals("Encore", DocumentRows.find(f.documents.document(TROC, id).orElseThrow(), item.key()).title());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anInvalidEditIsRefusedAndNothingIsWritten(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("cds-mauricie-2009-2010");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanItem item = firstAction(original);
            long revision = f.documents.itemRevisions(TROC, id).get(item.key());
            ActionDetails a = item.action();
            ActionDetails unknownOrganization = new ActionDetails(List.of("organisme-inconnu"), a.responsible(),
                    a.partnerOrganizations(), a.resources(), a.expectedResults(), a.indicators(), a.schedule(),
                    a.steps(), a.notes(), a.achievements(), a.ongoing(), a.carriedOver());
            PlanItem invalid = new PlanItem(item.key(), item.level(), item.number(), item.title(), null,
                    unknownOrganization, List.of());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> f.documents.updateItem(TROC, id, item.key(), revision, invalid, "coordo"));
            assertTrue(e.getMessage().contains("organisme-inconnu"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> f.documents.updateItem(TROC, id, "pas-de-cle", revision,
                    new PlanItem("pas-de-cle", 0, null, "x", null, null, null), "coordo"));
            assertThrows(IllegalArgumentException.class, () -> f.documents.updateItem(TROC, id, item.key(), revision,
                    new PlanItem("autre-cle", item.level(), null, "x", null, null, null), "coordo"));
            assertThrows(IllegalArgumentException.class,
                    () -> f.documents.updateItem(TROC, id, item.key(), revision, item, " "));
            assertEquals(original, f.documents.document(TROC, id).orElseThrow());
            assertEquals(revision, f.documents.itemRevisions(TROC, id).get(item.key()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void versionsAreNeverUpdated(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            PlanDocument original = realPlan("troc-monteregie-2023-2024");
            long id = f.documents.importDocument(TROC, original, "animatrice").id();
            PlanVersion v1 = f.documents.versions(TROC, id).get(0);
            // even a direct change of the entity is not written: its columns are not updatable
            f.store.inTransaction(em -> {
                PlanVersionEntity e = DocumentRows.version(em, id, 1).orElseThrow();
                PlanStoreTest.setField(e, "document", "{}");
                PlanStoreTest.setField(e, "fingerprint", "0".repeat(64));
                PlanStoreTest.setField(e, "note", "falsifié");
                return null;
            });
            assertEquals(List.of(v1), f.documents.versions(TROC, id));
            assertEquals(original, f.documents.versionDocument(TROC, id, 1).orElseThrow());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCreatedPlanIsADocumentAndItsDecisionNamesTheSubmittedVersion(String kind) throws Exception {
        try (StoreFixture f = new StoreFixture(kind)) {
            Plan plan = f.plans.createPlan(TROC, PlanStoreTest.draft("Plan 2023-2024"), "animatrice");
            PlanDocument d = f.documents.document(TROC, plan.id()).orElseThrow();
            assertEquals(List.of("Objectif", "Action"), d.levels().stream().map(l -> l.name()).toList());
            assertEquals(List.of("o1", "o1.a1", "o1.a2", "o2", "o2.a1"), d.allItems().stream().map(PlanItem::key).toList());
            assertEquals(List.of("1", "1.1", "1.2", "2", "2.1"), d.allItems().stream().map(PlanItem::number).toList());
            PlanItem a11 = DocumentRows.find(d, "o1.a1");
            assertEquals(List.of("Coordonnatrice"), a11.action().responsible());
            assertEquals("En continu", a11.action().schedule().text());
            assertTrue(DocumentRows.find(d, "o2.a1").action().responsible().isEmpty());
            assertNull(plan.objectives().get(1).actions().get(0).responsible());
            assertEquals("Renforcer la concertation", d.statements().get(0).paragraphs().get(0));
            assertTrue(f.documents.versions(TROC, plan.id()).isEmpty(), "a draft has no version until submitted");

            // an edit through the document shows in the simple view
            long rev = f.documents.itemRevisions(TROC, plan.id()).get("o1.a2");
            PlanItem a12 = DocumentRows.find(d, "o1.a2");
            f.documents.updateItem(TROC, plan.id(), "o1.a2", rev, a12.withTitle("Tenir 5 rencontres"), "coordo");
            assertEquals("Tenir 5 rencontres",
                    f.plans.findPlan(TROC, plan.id()).orElseThrow().objectives().get(0).actions().get(1).title());

            f.plans.markSubmitted(TROC, plan.id());
            List<PlanVersion> versions = f.documents.versions(TROC, plan.id());
            assertEquals(1, versions.size());
            PlanDocument submitted = f.documents.document(TROC, plan.id()).orElseThrow();
            assertEquals(INTERCHANGE.fingerprint(submitted), versions.get(0).fingerprint());
            AdoptionDecision changes = f.plans.recordDecision(TROC, plan.id(), DecisionOutcome.REQUEST_CHANGES, "CA",
                    "president", "Préciser");
            assertEquals(1, changes.versionNumber());
            assertEquals(versions.get(0).fingerprint(), changes.versionFingerprint());

            // changed after the request: the next submission is version 2 and the adoption names it
            long rev2 = f.documents.itemRevisions(TROC, plan.id()).get("o2");
            f.documents.updateItem(TROC, plan.id(), "o2", rev2, DocumentRows.find(submitted, "o2").withTitle("Représenter"),
                    "coordo");
            f.plans.markSubmitted(TROC, plan.id());
            AdoptionDecision adopted = f.plans.recordDecision(TROC, plan.id(), DecisionOutcome.ADOPT, "CA", "president",
                    "Adopté le 27 septembre 2023");
            List<PlanVersion> after = f.documents.versions(TROC, plan.id());
            assertEquals(2, after.size());
            assertEquals(2, adopted.versionNumber());
            assertEquals(after.get(1).fingerprint(), adopted.versionFingerprint());
            assertEquals(INTERCHANGE.fingerprint(f.documents.versionDocument(TROC, plan.id(), 2).orElseThrow()),
                    adopted.versionFingerprint());
            assertEquals(List.of(changes, adopted), f.plans.decisions(TROC, plan.id()));
        }
    }
}
