package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One item of a plan's working document: its place in the tree (parent key, position, level)
 * and its own fields as the interchange format's canonical item JSON
 * ({@code PlanInterchange.canonicalItemBytes}). {@code revision} is the item's optimistic-lock
 * revision: it is changed only by {@code UPDATE ... WHERE revision = ?} (see
 * {@link DocumentRows#updateItem}), never through this entity. Place, level and content change
 * by bulk updates too ({@link DocumentRows#restructure}).
 */
@Entity
@Table(name = "plan_item")
public class PlanItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_item_seq")
    @SequenceGenerator(name = "plan_item_seq", sequenceName = "plan_item_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "item_key", nullable = false, updatable = false)
    private String itemKey;

    @Column(name = "parent_key")
    private String parentKey;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "item_level", nullable = false)
    private int level;

    @Column(nullable = false)
    private long revision;

    @Column(nullable = false)
    private String content;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PlanItemEntity() {
    }

    PlanItemEntity(String regroupementId, long planId, String itemKey, String parentKey, int sortOrder, int level,
                   String content, String updatedBy, OffsetDateTime updatedAt) {
        this.regroupementId = regroupementId;
        this.planId = planId;
        this.itemKey = itemKey;
        this.parentKey = parentKey;
        this.sortOrder = sortOrder;
        this.level = level;
        this.revision = 1;
        this.content = content;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    long id() { return id; }
    String regroupementId() { return regroupementId; }
    long planId() { return planId; }
    String itemKey() { return itemKey; }
    String parentKey() { return parentKey; }
    int sortOrder() { return sortOrder; }
    int level() { return level; }
    long revision() { return revision; }
    String content() { return content; }
}
