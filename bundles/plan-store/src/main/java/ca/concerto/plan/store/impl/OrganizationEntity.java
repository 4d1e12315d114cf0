package ca.concerto.plan.store.impl;

import ca.concerto.plan.api.Organization;
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
@Table(name = "organization")
public class OrganizationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Organization.OrganizationKind kind;

    protected OrganizationEntity() {
    }

    OrganizationEntity(String regroupementId, String name, Organization.OrganizationKind kind) {
        this.regroupementId = regroupementId;
        this.name = name;
        this.kind = kind;
    }

    long id() {
        return id;
    }

    String regroupementId() {
        return regroupementId;
    }

    String name() {
        return name;
    }

    void update(String newName, Organization.OrganizationKind newKind) {
        this.name = newName;
        this.kind = newKind;
    }

    Organization toApi() {
        return new Organization(id, regroupementId, name, kind);
    }
}
