package ca.concerto.variant.joint.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import ca.concerto.plan.api.Plan;

import org.junit.jupiter.api.Test;

class JointSettingsTest {

    @Test
    void bothMustAdoptEitherRejects() {
        List<String> outcomes = List.of("ADOPT", "REQUEST_CHANGES", "REJECT");
        for (String board : outcomes) {
            for (String partner : outcomes) {
                String expected = board.equals("REJECT") || partner.equals("REJECT") ? "REJECT"
                        : board.equals("ADOPT") && partner.equals("ADOPT") ? "ADOPT" : "REQUEST_CHANGES";
                assertEquals(expected, JointOutcomeDelegate.combine(board, partner), board + " + " + partner);
            }
        }
        assertThrows(IllegalStateException.class, () -> JointOutcomeDelegate.combine("ADOPT", null));
    }

    @Test
    void theRegroupementsAndThePartnerComeFromTheComponentElseFromTheFramework() {
        Map<String, String> framework = Map.of(JointSettings.REGROUPEMENTS_PROPERTY, "troc-monteregie, cds-laval",
                JointSettings.PARTNER_PROPERTY, "Chantier Sécurité alimentaire",
                JointSettings.PARTNER_PROPERTY + ".cds-laval", "Table Jeunesse Laval");
        JointAdoptionVariant variant = new JointAdoptionVariant(JointSettings.of(Map.of(), framework::get));
        assertTrue(variant.appliesTo("troc-monteregie"));
        assertTrue(variant.appliesTo("cds-laval"));
        assertFalse(variant.appliesTo("rop-estrie"));
        assertEquals("CA", variant.adoptingBody());
        assertEquals("concertoCycleAdoptionJoint", variant.cycleAdoptionProcessKey());
        assertEquals(Map.of("partnerChantier", "Chantier Sécurité alimentaire"), variant.startVariables(plan("troc-monteregie")));
        assertEquals(Map.of("partnerChantier", "Table Jeunesse Laval"), variant.startVariables(plan("cds-laval")));

        JointSettings component = JointSettings.of(Map.of("regroupements", "rop-estrie"), name -> null);
        assertEquals(java.util.Set.of("rop-estrie"), component.regroupements());
        assertEquals(JointSettings.DEFAULT_PARTNER, component.partnerFor("rop-estrie"));
    }

    private static Plan plan(String regroupementId) {
        return new Plan(1L, regroupementId, "Plan", "2024-2025", null, ca.concerto.plan.api.PlanStatus.DRAFT, 0,
                java.time.Instant.now(), "animateur", List.of());
    }
}
