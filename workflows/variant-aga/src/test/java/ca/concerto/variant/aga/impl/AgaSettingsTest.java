package ca.concerto.variant.aga.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AgaSettingsTest {

    @Test
    void theRegroupementsComeFromTheComponentElseFromTheFramework() {
        Map<String, String> framework = Map.of(AgaSettings.REGROUPEMENTS_PROPERTY, " rop-estrie , troc-monteregie,",
                AgaSettings.QUORUM_PROPERTY, "25%");
        AgaSettings fromFramework = AgaSettings.of(Map.of(), framework::get);
        assertEquals(Set.of("rop-estrie", "troc-monteregie"), fromFramework.regroupements());
        AgaAdoptionVariant variant = new AgaAdoptionVariant(fromFramework);
        assertTrue(variant.appliesTo("rop-estrie"));
        assertFalse(variant.appliesTo("cds-laval"));
        assertEquals("AGA", variant.adoptingBody());
        assertEquals("concertoCycleAdoptionAga", variant.cycleAdoptionProcessKey());

        AgaSettings fromComponent = AgaSettings.of(Map.of("regroupements", new String[] {"cds-laval"}, "quorum", "7"),
                framework::get);
        assertEquals(Set.of("cds-laval"), fromComponent.regroupements());
        assertEquals(7, fromComponent.quorumFor(40));
        assertFalse(new AgaAdoptionVariant(AgaSettings.of(Map.of(), name -> null)).appliesTo("rop-estrie"),
                "not configured: applies to nobody");
    }

    @Test
    void theQuorumIsAMajorityAFixedNumberOrAShare() {
        assertEquals(3, new AgaSettings(Set.of(), null).quorumFor(5));
        assertEquals(4, new AgaSettings(Set.of(), "majority").quorumFor(6));
        assertEquals(1, new AgaSettings(Set.of(), "majority").quorumFor(1));
        assertEquals(12, new AgaSettings(Set.of(), "12").quorumFor(40));
        assertEquals(10, new AgaSettings(Set.of(), "25%").quorumFor(40));
        assertEquals(11, new AgaSettings(Set.of(), "25 %").quorumFor(41));
        assertThrows(IllegalArgumentException.class, () -> new AgaSettings(Set.of(), "la moitié"));
        assertThrows(IllegalArgumentException.class, () -> new AgaSettings(Set.of(), "0"));
        assertThrows(IllegalArgumentException.class, () -> new AgaSettings(Set.of(), "150%"));
    }
}
