package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.plan.api.PlanVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An immutable version of a plan's document: written once, no column is updatable and the class
 * has no setters. {@code document} is the canonical interchange JSON whose SHA-256 is
 * {@code fingerprint}.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
    @SequenceGenerator(name = "plan_version_seq", sequenceName = "plan_version_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "document", nullable = false, updatable = false)
    private String document;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(updatable = false)
    private String note;

    protected PlanVersionEntity() {
    }

    PlanVersionEntity(String regroupementId, long planId, int number, String fingerprint, String document,
                      String createdBy, OffsetDateTime createdAt, String note) {
        this.regroupementId = regroupementId;
        this.planId = planId;
        this.number = number;
        this.fingerprint = fingerprint;
        this.document = document;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.note = note;
    }

    int number() { return number; }
    String fingerprint() { return fingerprint; }
    String document() { return document; }

    PlanVersion toApi() {
        return new PlanVersion(planId, number, fingerprint, createdAt.toInstant(), createdBy, note);
    }
}
