package ca.concerto.plan.rest.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.Objective;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.api.PlanNotFoundException;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.rest.api.RestException;
import ca.concerto.rest.api.RestRequest;
import ca.concerto.rest.api.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import ca.concerto.plan.testing.UnsupportedPlanService;

/**
 * The plans resource on a fake PlanService holding one plan in each of two regroupements, without the
 * document services (see {@link PlanDocumentRoutesTest} for those).
 */
class PlansResourceTest {

    static final String TROC = "troc-monteregie";
    static final String ROP = "rop-estrie";
    static final Locale FR = Locale.CANADA_FRENCH;
    static final Locale EN = Locale.forLanguageTag("en-CA");
    static final String BASE = "http://localhost:8095/api/plans";
    static final ObjectMapper JSON = new ObjectMapper();

    final FakePlans service = new FakePlans();
    final PlansResource resource = new PlansResource(service);

    static RestRequest get(String regroupement, Locale locale, String... segments) {
        return request("GET", regroupement, locale, segments);
    }

    static RestRequest request(String method, String regroupement, Locale locale, String... segments) {
        UserAccount user = new UserAccount("animateur", "Anima", regroupement, Set.of(Role.FACILITATOR), "fr");
        return new RestRequest(method, List.of(segments), Map.of(), Map.of(), null, user, locale, BASE);
    }

    static JsonNode json(RestResponse r) throws Exception {
        assertEquals(RestResponse.JSON, r.contentType());
        return JSON.readTree(r.body());
    }

    @Test
    void servesPlans() {
        assertEquals("plans", resource.path());
        assertTrue(resource.allowedRoles().isEmpty());
    }

    @Test
    void listsOnlyTheCallersRegroupement() throws Exception {
        RestResponse r = resource.handle(get(TROC, FR));
        assertEquals(200, r.status());
        JsonNode plans = json(r).get("plans");
        assertEquals(1, plans.size());
        JsonNode p = plans.get(0);
        assertEquals(1, p.get("id").asLong());
        assertEquals("Plan d'action de la TROC Montérégie 2023-2024", p.get("title").asText());
        assertEquals("2023-2024", p.get("period").asText());
        assertEquals("ADOPTED", p.get("status").asText());
        assertEquals(BASE + "/1", p.get("url").asText());
        assertEquals(2, json(resource.handle(get(ROP, FR))).get("plans").get(0).get("id").asLong());
    }

    @Test
    void outlineWithObjectivesAndActions() throws Exception {
        JsonNode p = json(resource.handle(get(TROC, FR, "1", "outline")));
        assertEquals(1, p.get("id").asLong());
        assertEquals(TROC, p.get("regroupementId").asText());
        assertEquals("Soutenir les membres", p.get("mission").asText());
        assertEquals("2023-04-01T12:00:00Z", p.get("createdAt").asText());
        assertEquals("animateur", p.get("createdBy").asText());
        assertEquals(3, p.get("revision").asLong());
        assertEquals(BASE + "/1/decisions", p.get("decisionsUrl").asText());
        assertEquals(BASE + "/1/versions", p.get("versionsUrl").asText());
        JsonNode objective = p.get("objectives").get(0);
        assertEquals("1", objective.get("number").asText());
        assertEquals("Renforcer la vie associative", objective.get("title").asText());
        JsonNode action = objective.get("actions").get(0);
        assertEquals("1.1", action.get("number").asText());
        assertEquals("Tenir quatre rencontres", action.get("title").asText());
        assertEquals("Coordonnatrice", action.get("responsible").asText());
        assertEquals("En continu", action.get("schedule").asText());
        assertTrue(objective.get("actions").get(1).get("responsible").isNull(), "absent fields are null");
    }

    @Test
    void decisionsOldestFirst() throws Exception {
        JsonNode d = json(resource.handle(get(TROC, FR, "1", "decisions"))).get("decisions");
        assertEquals(2, d.size());
        assertEquals("REQUEST_CHANGES", d.get(0).get("outcome").asText());
        assertEquals("CHANGES_REQUESTED", d.get(0).get("resultingStatus").asText());
        assertEquals("ADOPT", d.get(1).get("outcome").asText());
        assertEquals("ca1", d.get(1).get("decidedBy").asText());
        assertEquals("2023-06-01T19:00:00Z", d.get(1).get("decidedAt").asText());
        assertEquals("Résolution CA-2023-06", d.get(1).get("comment").asText());
        assertEquals("Conseil d'administration", d.get(1).get("body").asText());
    }

    @Test
    void anotherRegroupementsPlanIsNotFound() {
        RestException e = assertThrows(RestException.class, () -> resource.handle(get(ROP, FR, "1")));
        assertEquals(404, e.status());
        assertEquals("Plan introuvable", e.getMessage());
        e = assertThrows(RestException.class, () -> resource.handle(get(ROP, FR, "1", "decisions")));
        assertEquals(404, e.status());
        assertEquals("Plan introuvable", e.getMessage());
        e = assertThrows(RestException.class, () -> resource.handle(get(ROP, FR, "1", "outline")));
        assertEquals(404, e.status());
        assertEquals(0, service.decisionCalls, "decisions of another regroupement are never read");
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() {
        for (String id : new String[] {"999", "abc", "0", "-1", "99999999999999999999"}) {
            RestException e = assertThrows(RestException.class, () -> resource.handle(get(TROC, FR, id, "outline")));
            assertEquals(404, e.status(), id);
            assertEquals("Plan introuvable", e.getMessage(), id);
        }
        RestException e = assertThrows(RestException.class, () -> resource.handle(get(TROC, EN, "999", "outline")));
        assertEquals("Plan not found", e.getMessage());
    }

    @Test
    void planNotFoundFromTheServiceIsA404() {
        service.throwNotFound = true;
        RestException e = assertThrows(RestException.class, () -> resource.handle(get(TROC, FR, "1", "decisions")));
        assertEquals(404, e.status());
    }

    @Test
    void unknownSubPathsAreResourceNotFound() {
        RestException e = assertThrows(RestException.class, () -> resource.handle(get(TROC, FR, "1", "nothing")));
        assertEquals(404, e.status());
        assertNull(e.getMessage(), "the host's standard text");
        assertEquals(404, assertThrows(RestException.class,
                () -> resource.handle(get(TROC, FR, "1", "decisions", "2"))).status());
    }

    @Test
    void otherMethodsAre405() {
        RestException e = assertThrows(RestException.class, () -> resource.handle(request("DELETE", TROC, FR, "1")));
        assertEquals(405, e.status());
        assertEquals(Set.of("GET"), e.allowedMethods());
        e = assertThrows(RestException.class, () -> resource.handle(request("PUT", TROC, FR)));
        assertEquals(405, e.status());
        assertEquals(Set.of("GET", "POST"), e.allowedMethods());
        assertEquals(405, assertThrows(RestException.class,
                () -> resource.handle(request("POST", TROC, FR, "1", "versions"))).status());
    }

    /** Plan 1 in troc-monteregie with two decisions, plan 2 in rop-estrie. */
    static final class FakePlans extends UnsupportedPlanService {
        final List<Plan> plans = new ArrayList<>();
        int decisionCalls;
        boolean throwNotFound;

        FakePlans() {
            plans.add(new Plan(1, TROC, "Plan d'action de la TROC Montérégie 2023-2024", "2023-2024",
                    "Soutenir les membres", PlanStatus.ADOPTED, 3, Instant.parse("2023-04-01T12:00:00Z"), "animateur",
                    List.of(new Objective(10, "1", "Renforcer la vie associative", List.of(
                            new Action(100, "1.1", "Tenir quatre rencontres", "Coordonnatrice", "En continu"),
                            new Action(101, "1.2", "Diffuser les bons coups", null, null))))));
            plans.add(new Plan(2, ROP, "Plan du ROP", "2024-2025", "", PlanStatus.DRAFT, 0,
                    Instant.parse("2024-04-01T12:00:00Z"), "rop", List.of()));
        }

        @Override
        public List<PlanSummary> listPlans(String regroupementId) {
            return plans.stream().filter(p -> p.regroupementId().equals(regroupementId)).map(Plan::summary).toList();
        }

        @Override
        public Optional<Plan> findPlan(String regroupementId, long planId) {
            return plans.stream().filter(p -> p.regroupementId().equals(regroupementId) && p.id() == planId).findFirst();
        }

        @Override
        public List<AdoptionDecision> decisions(String regroupementId, long planId) {
            decisionCalls++;
            if (throwNotFound) {
                throw new PlanNotFoundException(planId);
            }
            if (!regroupementId.equals(TROC) || planId != 1) {
                return List.of();
            }
            return List.of(
                    new AdoptionDecision(5, 1, TROC, DecisionOutcome.REQUEST_CHANGES, "Conseil d'administration", "ca2",
                            Instant.parse("2023-05-01T19:00:00Z"), null),
                    new AdoptionDecision(6, 1, TROC, DecisionOutcome.ADOPT, "Conseil d'administration", "ca1",
                            Instant.parse("2023-06-01T19:00:00Z"), "Résolution CA-2023-06"));
        }

        @Override
        public List<ca.concerto.plan.api.Publication> publications(String regroupementId, long planId) {
            return List.of();
        }

        @Override
        public List<Organization> organizations(String regroupementId) {
            return List.of();
        }
    }
}
