package ca.concerto.plan.store.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import ca.concerto.plan.api.Publication;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A publication is written once: no column is updatable and the class has no setters. */
@Entity
@Table(name = "plan_publication")
public class PublicationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_publication_seq")
    @SequenceGenerator(name = "plan_publication_seq", sequenceName = "plan_publication_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "version_fingerprint", nullable = false, updatable = false)
    private String versionFingerprint;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected PublicationEntity() {
    }

    PublicationEntity(String regroupementId, long planId, int versionNumber, String versionFingerprint,
                      LocalDate publishedOn, String publishedBy, OffsetDateTime recordedAt) {
        this.regroupementId = regroupementId;
        this.planId = planId;
        this.versionNumber = versionNumber;
        this.versionFingerprint = versionFingerprint;
        this.publishedOn = publishedOn;
        this.publishedBy = publishedBy;
        this.recordedAt = recordedAt;
    }

    Publication toApi() {
        return new Publication(planId, versionNumber, versionFingerprint, publishedOn, publishedBy,
                recordedAt.toInstant());
    }
}
