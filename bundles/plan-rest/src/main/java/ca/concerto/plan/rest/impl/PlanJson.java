package ca.concerto.plan.rest.impl;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import ca.concerto.plan.api.Action;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.Objective;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.Problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON of the plans resource, written field by field with the streaming generator, so that the
 * shape is this class's and not the API records': renaming a record component does not change the API.
 * Absent values are written as {@code null}.
 */
final class PlanJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private PlanJson() {
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code {"plans":[{"id":1,"title":"...","period":"2023-2024","status":"ADOPTED","url":"..."}]}} */
    static String list(List<PlanSummary> plans, String baseUri) {
        return write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("plans");
            for (PlanSummary p : plans) {
                g.writeStartObject();
                g.writeNumberField("id", p.id());
                g.writeStringField("title", p.title());
                g.writeStringField("period", p.period());
                g.writeStringField("status", p.status().name());
                g.writeStringField("url", baseUri + "/" + p.id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * {@code {"id":1,"title":"...","period":"2023-2024","status":"DRAFT","url":"...","versionsUrl":"...","fingerprint":"..."}}:
     * a plan just imported, with the fingerprint of its version 1.
     */
    static String summary(PlanSummary p, String baseUri, String fingerprint) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("id", p.id());
            g.writeStringField("title", p.title());
            g.writeStringField("period", p.period());
            g.writeStringField("status", p.status().name());
            g.writeStringField("url", baseUri + "/" + p.id());
            g.writeStringField("versionsUrl", baseUri + "/" + p.id() + "/versions");
            g.writeStringField("fingerprint", fingerprint);
            g.writeEndObject();
        });
    }

    /** {@code {"status":400,"message":"...","problems":[{"path":"$.items[0].title","message":"..."}]}}. */
    static String invalidFile(String message, List<Problem> problems) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("status", 400);
            g.writeStringField("message", message);
            g.writeArrayFieldStart("problems");
            for (Problem p : problems) {
                g.writeStartObject();
                g.writeStringField("path", p.jsonPath());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"versions":[{"number":1,"fingerprint":"...","createdAt":"...","createdBy":"...","note":"...","url":"..."}]}}, oldest first. */
    static String versions(List<PlanVersion> versions, String versionsUri) {
        return write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("versions");
            for (PlanVersion v : versions) {
                g.writeStartObject();
                g.writeNumberField("number", v.number());
                g.writeStringField("fingerprint", v.fingerprint());
                g.writeStringField("createdAt", instant(v.createdAt()));
                g.writeStringField("createdBy", v.createdBy());
                g.writeStringField("note", v.note());
                g.writeStringField("url", versionsUri + "/" + v.number());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * {@code {"planId":1,"from":1,"to":2,"documentChanges":[{"field","oldValue","newValue"}],
     * "added":[{"key","parentKey","position","number","title"}],"removed":[...],
     * "moved":[{"key","oldParentKey","oldPosition","newParentKey","newPosition","title"}],
     * "changed":[{"key","number","title","fields":["title"],"changes":[{"field","oldValue","newValue"}]}]}}.
     */
    static String diff(long planId, int from, int to, PlanDiff diff) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("planId", planId);
            g.writeNumberField("from", from);
            g.writeNumberField("to", to);
            g.writeBooleanField("empty", diff.isEmpty());
            g.writeArrayFieldStart("documentChanges");
            for (PlanDiff.FieldChange c : diff.documentChanges()) {
                fieldChange(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("added");
            for (PlanDiff.ItemAdded a : diff.added()) {
                g.writeStartObject();
                g.writeStringField("key", a.key());
                g.writeStringField("parentKey", a.parentKey());
                g.writeNumberField("position", a.position());
                g.writeStringField("number", a.number());
                g.writeStringField("title", a.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removed");
            for (PlanDiff.ItemRemoved r : diff.removed()) {
                g.writeStartObject();
                g.writeStringField("key", r.key());
                g.writeStringField("parentKey", r.parentKey());
                g.writeNumberField("position", r.position());
                g.writeStringField("number", r.number());
                g.writeStringField("title", r.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("moved");
            for (PlanDiff.ItemMoved m : diff.moved()) {
                g.writeStartObject();
                g.writeStringField("key", m.key());
                g.writeStringField("oldParentKey", m.oldParentKey());
                g.writeNumberField("oldPosition", m.oldPosition());
                g.writeStringField("newParentKey", m.newParentKey());
                g.writeNumberField("newPosition", m.newPosition());
                g.writeStringField("title", m.title());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changed");
            for (PlanDiff.ItemChanged c : diff.changed()) {
                g.writeStartObject();
                g.writeStringField("key", c.key());
                g.writeStringField("number", c.number());
                g.writeStringField("title", c.title());
                g.writeArrayFieldStart("fields");
                for (String field : c.fieldNames()) {
                    g.writeString(field);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("changes");
                for (PlanDiff.FieldChange f : c.changes()) {
                    fieldChange(g, f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void fieldChange(JsonGenerator g, PlanDiff.FieldChange c) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", c.field());
        g.writeStringField("oldValue", c.oldValue());
        g.writeStringField("newValue", c.newValue());
        g.writeEndObject();
    }

    /** The plan with its objectives and their actions, in plan order. */
    static String plan(Plan plan, String baseUri) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("id", plan.id());
            g.writeStringField("regroupementId", plan.regroupementId());
            g.writeStringField("title", plan.title());
            g.writeStringField("period", plan.period());
            g.writeStringField("mission", plan.mission());
            g.writeStringField("status", plan.status().name());
            g.writeNumberField("revision", plan.revision());
            g.writeStringField("createdAt", instant(plan.createdAt()));
            g.writeStringField("createdBy", plan.createdBy());
            g.writeStringField("url", baseUri + "/" + plan.id());
            g.writeStringField("decisionsUrl", baseUri + "/" + plan.id() + "/decisions");
            g.writeStringField("versionsUrl", baseUri + "/" + plan.id() + "/versions");
            g.writeArrayFieldStart("objectives");
            for (Objective o : plan.objectives()) {
                g.writeStartObject();
                g.writeNumberField("id", o.id());
                g.writeStringField("number", o.number());
                g.writeStringField("title", o.title());
                g.writeArrayFieldStart("actions");
                for (Action a : o.actions()) {
                    g.writeStartObject();
                    g.writeNumberField("id", a.id());
                    g.writeStringField("number", a.number());
                    g.writeStringField("title", a.title());
                    g.writeStringField("responsible", a.responsible());
                    g.writeStringField("schedule", a.schedule());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code {"decisions":[{"id":..,"outcome":"ADOPT","resultingStatus":"ADOPTED","body":"...","decidedBy":"ca1","decidedAt":"...","comment":"..","decidedOn":"2023-09-27","resolutionNumber":"..","versionNumber":2,"versionFingerprint":"..","vote":{..} or "writtenResolution":{..}}]}}, oldest first. */
    static String decisions(List<AdoptionDecision> decisions) {
        return write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("decisions");
            for (AdoptionDecision d : decisions) {
                g.writeStartObject();
                g.writeNumberField("id", d.id());
                g.writeStringField("outcome", d.outcome().name());
                g.writeStringField("resultingStatus", d.outcome().resultingStatus().name());
                g.writeStringField("body", d.body());
                g.writeStringField("decidedBy", d.decidedBy());
                g.writeStringField("decidedAt", instant(d.decidedAt()));
                g.writeStringField("comment", d.comment());
                g.writeStringField("decidedOn", d.decidedOn() == null ? null : d.decidedOn().toString());
                g.writeStringField("resolutionNumber", d.resolutionNumber());
                if (d.versionNumber() != null) {
                    g.writeNumberField("versionNumber", d.versionNumber());
                    g.writeStringField("versionFingerprint", d.versionFingerprint());
                }
                if (d.vote() != null) {
                    g.writeObjectFieldStart("vote");
                    g.writeNumberField("membersPresent", d.vote().membersPresent());
                    g.writeNumberField("quorum", d.vote().quorum());
                    g.writeNumberField("inFavour", d.vote().inFavour());
                    g.writeNumberField("against", d.vote().against());
                    g.writeNumberField("abstentions", d.vote().abstentions());
                    g.writeEndObject();
                }
                if (d.writtenResolution() != null) {
                    g.writeObjectFieldStart("writtenResolution");
                    g.writeArrayFieldStart("signatories");
                    for (String signatory : d.writtenResolution().signatories()) {
                        g.writeString(signatory);
                    }
                    g.writeEndArray();
                    g.writeStringField("signedOn", d.writtenResolution().signedOn().toString());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
