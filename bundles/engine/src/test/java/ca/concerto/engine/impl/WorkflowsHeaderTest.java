package ca.concerto.engine.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WorkflowsHeaderTest {

    @Test
    void parsesCommaSeparatedPaths() {
        assertEquals(List.of("path/a.bpmn", "path/b.dmn"), WorkflowsHeader.parse("path/a.bpmn, path/b.dmn"));
    }

    @Test
    void dropsBlanksDuplicatesLeadingSlashesAndParameters() {
        assertEquals(List.of("a.bpmn", "w/b.dmn"),
                WorkflowsHeader.parse(" /a.bpmn ,, w/b.dmn;x=y , a.bpmn,  "));
    }

    @Test
    void emptyOrMissingHeaderGivesNothing() {
        assertEquals(List.of(), WorkflowsHeader.parse(null));
        assertEquals(List.of(), WorkflowsHeader.parse("  "));
    }

    @Test
    void deployableByExtension() {
        assertTrue(WorkflowsHeader.isDeployable("w/a.bpmn"));
        assertTrue(WorkflowsHeader.isDeployable("w/a.BPMN20.xml"));
        assertTrue(WorkflowsHeader.isDeployable("w/a.dmn"));
        assertFalse(WorkflowsHeader.isDeployable("w/a.xml"));
    }
}
