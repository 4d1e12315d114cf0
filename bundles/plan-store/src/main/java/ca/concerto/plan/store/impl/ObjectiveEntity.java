package ca.concerto.plan.store.impl;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "plan_objective")
public class ObjectiveEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_objective_seq")
    @SequenceGenerator(name = "plan_objective_seq", sequenceName = "plan_objective_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private PlanEntity plan;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "item_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @OneToMany(mappedBy = "objective", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ActionEntity> actions = new ArrayList<>();

    protected ObjectiveEntity() {
    }

    ObjectiveEntity(PlanEntity plan, int sortOrder, String number, String title) {
        this.plan = plan;
        this.regroupementId = plan.regroupementId();
        this.sortOrder = sortOrder;
        this.number = number;
        this.title = title;
    }

    long id() { return id; }
    String regroupementId() { return regroupementId; }
    String number() { return number; }
    String title() { return title; }
    List<ActionEntity> actions() { return actions; }
}
