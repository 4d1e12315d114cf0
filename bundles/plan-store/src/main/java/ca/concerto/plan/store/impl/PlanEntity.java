package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.plan.api.PlanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A plan: its tenant, status and revision, and the document-level part of its working document
 * ({@code documentHeader}: canonical interchange JSON of the document without its items; the
 * items are {@link PlanItemEntity} rows). {@code title} and {@code period} are copies of the
 * document's, kept for lists and written only together with the header.
 */
@Entity
@Table(name = "plan")
public class PlanEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(nullable = false)
    private String title;

    @Column(name = "period_label")
    private String period;

    @Column(name = "document_header", nullable = false)
    private String documentHeader;

    /** The version recorded when the plan was last submitted; the decision is bound to it. */
    @Column(name = "submitted_version")
    private Integer submittedVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Version
    @Column(nullable = false)
    private long revision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected PlanEntity() {
    }

    PlanEntity(String regroupementId, String title, String period, String documentHeader, String createdBy,
               OffsetDateTime createdAt) {
        this.regroupementId = regroupementId;
        this.title = title;
        this.period = period;
        this.documentHeader = documentHeader;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = PlanStatus.DRAFT;
    }

    long id() { return id; }
    String regroupementId() { return regroupementId; }
    String title() { return title; }
    String period() { return period; }
    String documentHeader() { return documentHeader; }
    Integer submittedVersion() { return submittedVersion; }
    PlanStatus status() { return status; }
    long revision() { return revision; }
    OffsetDateTime createdAt() { return createdAt; }
    String createdBy() { return createdBy; }

    void status(PlanStatus status) { this.status = status; }
    void submittedVersion(Integer number) { this.submittedVersion = number; }

    /** Changes the document-level part; title and period follow it. */
    void header(String documentHeader, String title, String period) {
        this.documentHeader = documentHeader;
        this.title = title;
        this.period = period;
    }
}
