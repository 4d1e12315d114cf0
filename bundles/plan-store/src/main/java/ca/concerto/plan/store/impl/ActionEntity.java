package ca.concerto.plan.store.impl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "plan_action")
public class ActionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
    @SequenceGenerator(name = "plan_action_seq", sequenceName = "plan_action_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "objective_id", nullable = false, updatable = false)
    private ObjectiveEntity objective;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "item_number", nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    private String responsible;

    @Column(name = "schedule_text")
    private String schedule;

    protected ActionEntity() {
    }

    ActionEntity(ObjectiveEntity objective, int sortOrder, String number, String title, String responsible,
                 String schedule) {
        this.objective = objective;
        this.regroupementId = objective.regroupementId();
        this.sortOrder = sortOrder;
        this.number = number;
        this.title = title;
        this.responsible = responsible;
        this.schedule = schedule;
    }

    long id() { return id; }
    String number() { return number; }
    String title() { return title; }
    String responsible() { return responsible; }
    String schedule() { return schedule; }
}
