package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import ca.concerto.plan.api.PlanStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    private String mission;

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

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ObjectiveEntity> objectives = new ArrayList<>();

    protected PlanEntity() {
    }

    PlanEntity(String regroupementId, String title, String period, String mission, String createdBy,
               OffsetDateTime createdAt) {
        this.regroupementId = regroupementId;
        this.title = title;
        this.period = period;
        this.mission = mission;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = PlanStatus.DRAFT;
    }

    long id() { return id; }
    String regroupementId() { return regroupementId; }
    String title() { return title; }
    String period() { return period; }
    String mission() { return mission; }
    PlanStatus status() { return status; }
    long revision() { return revision; }
    OffsetDateTime createdAt() { return createdAt; }
    String createdBy() { return createdBy; }
    List<ObjectiveEntity> objectives() { return objectives; }

    void status(PlanStatus status) { this.status = status; }
    void title(String title) { this.title = title; }
}
