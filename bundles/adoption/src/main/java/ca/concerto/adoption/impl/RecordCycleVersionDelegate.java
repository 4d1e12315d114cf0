package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.PLAN_ID;
import static ca.concerto.adoption.impl.ProcessVariables.REGROUPEMENT_ID;
import static ca.concerto.adoption.impl.ProcessVariables.VERSION_AUTHOR;

import java.util.List;

import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.PlanDocument;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service tasks {@code recordDraft} and {@code recordRevision}: the comité de rédaction's work
 * becomes the plan's next version (input parameter {@code versionNote}), unless the working
 * document is exactly the latest version already (a review that accepted nothing).
 */
@Component(service = JavaDelegate.class, property = "concerto.delegate.name=concertoRecordCycleVersion")
public class RecordCycleVersionDelegate implements JavaDelegate {

    static final String NOTE = "versionNote";

    private final PlanDocumentService documents;
    private final PlanInterchange interchange;

    @Activate
    public RecordCycleVersionDelegate(@Reference PlanDocumentService documents, @Reference PlanInterchange interchange) {
        this.documents = documents;
        this.interchange = interchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String regroupementId = (String) execution.getVariable(REGROUPEMENT_ID);
        long planId = (Long) execution.getVariable(PLAN_ID);
        PlanDocument working = documents.document(regroupementId, planId).orElseThrow();
        List<PlanVersion> versions = documents.versions(regroupementId, planId);
        if (!versions.isEmpty() && versions.getLast().fingerprint().equals(interchange.fingerprint(working))) {
            return;
        }
        Object author = execution.getVariable(VERSION_AUTHOR);
        documents.recordVersion(regroupementId, planId, author instanceof String a ? a : "concerto",
                (String) execution.getVariableLocal(NOTE));
    }
}
