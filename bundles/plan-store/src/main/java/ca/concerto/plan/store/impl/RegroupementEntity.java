package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.identity.api.Regroupement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A regroupement of the platform and its name (migration V7). */
@Entity
@Table(name = "regroupement")
public class RegroupementEntity {
    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected RegroupementEntity() {
    }

    RegroupementEntity(String id, String name, OffsetDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    void name(String value) {
        this.name = value;
    }

    Regroupement toApi() {
        return new Regroupement(id, name);
    }
}
