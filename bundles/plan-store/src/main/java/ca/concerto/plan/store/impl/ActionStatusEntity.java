package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.ActionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An action's status at a follow-up meeting: written once; a later report is a new row. */
@Entity
@Table(name = "action_status")
public class ActionStatusEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_record_seq")
    @SequenceGenerator(name = "cycle_record_seq", sequenceName = "cycle_record_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "item_key", nullable = false, updatable = false)
    private String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ActionProgress progress;

    @Column(name = "status_comment", updatable = false)
    private String comment;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private OffsetDateTime reportedAt;

    protected ActionStatusEntity() {
    }

    ActionStatusEntity(String regroupementId, long cycleId, long meetingId, String itemKey, ActionProgress progress,
                       String comment, String reportedBy, OffsetDateTime reportedAt) {
        this.regroupementId = regroupementId;
        this.cycleId = cycleId;
        this.meetingId = meetingId;
        this.itemKey = itemKey;
        this.progress = progress;
        this.comment = comment;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    ActionStatus toApi() {
        return new ActionStatus(id, cycleId, meetingId, itemKey, progress, comment, reportedBy,
                reportedAt.toInstant());
    }
}
