package ca.concerto.plan.store.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "cycle_meeting")
public class CycleMeetingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_record_seq")
    @SequenceGenerator(name = "cycle_record_seq", sequenceName = "cycle_record_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MeetingKind kind;

    @Column(name = "meeting_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(updatable = false)
    private String goals;

    @Column(updatable = false)
    private String attendees;

    @Column(updatable = false)
    private String minutes;

    @Column(updatable = false)
    private String decisions;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected CycleMeetingEntity() {
    }

    CycleMeetingEntity(String regroupementId, long cycleId, MeetingKind kind, int number, MeetingRecord record,
                       String recordedBy, OffsetDateTime recordedAt) {
        this.regroupementId = regroupementId;
        this.cycleId = cycleId;
        this.kind = kind;
        this.number = number;
        this.heldOn = record.date();
        this.goals = CycleLines.join(record.goals());
        this.attendees = CycleLines.attendees(record.attendees());
        this.minutes = record.minutes();
        this.decisions = CycleLines.join(record.decisions());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long id() { return id; }
    long cycleId() { return cycleId; }
    MeetingKind kind() { return kind; }
    LocalDate heldOn() { return heldOn; }

    CycleMeeting toApi() {
        return new CycleMeeting(id, cycleId, kind, number, heldOn, CycleLines.split(goals),
                CycleLines.attendees(attendees), minutes, CycleLines.split(decisions), recordedBy,
                recordedAt.toInstant());
    }
}
