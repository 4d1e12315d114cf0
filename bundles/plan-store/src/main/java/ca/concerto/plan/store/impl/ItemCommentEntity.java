package ca.concerto.plan.store.impl;

import java.time.OffsetDateTime;

import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.ProposedChange;
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

/** A comment or proposed change; only its answer (status, reason, reviewer) is ever written later, once. */
@Entity
@Table(name = "item_comment")
public class ItemCommentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_record_seq")
    @SequenceGenerator(name = "cycle_record_seq", sequenceName = "cycle_record_seq", allocationSize = 50)
    private long id;

    @Column(name = "regroupement_id", nullable = false, updatable = false)
    private String regroupementId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(name = "item_key", nullable = false, updatable = false)
    private String itemKey;

    @Column(name = "draft_version", nullable = false, updatable = false)
    private int draftVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CommentKind kind;

    @Column(name = "comment_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "proposed_title", updatable = false)
    private String proposedTitle;

    @Column(name = "proposed_description", updatable = false)
    private String proposedDescription;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommentStatus status;

    @Column
    private String reason;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Version
    private long revision;

    protected ItemCommentEntity() {
    }

    ItemCommentEntity(String regroupementId, long cycleId, String itemKey, int draftVersion, CommentKind kind,
                      String text, ProposedChange proposal, String author, OffsetDateTime createdAt) {
        this.regroupementId = regroupementId;
        this.cycleId = cycleId;
        this.itemKey = itemKey;
        this.draftVersion = draftVersion;
        this.kind = kind;
        this.text = text;
        this.proposedTitle = proposal == null ? null : proposal.title();
        this.proposedDescription = proposal == null ? null : proposal.description();
        this.author = author;
        this.createdAt = createdAt;
        this.status = CommentStatus.OPEN;
    }

    long cycleId() { return cycleId; }
    String itemKey() { return itemKey; }
    CommentKind kind() { return kind; }
    CommentStatus status() { return status; }

    ProposedChange proposal() {
        return proposedTitle == null ? null : new ProposedChange(proposedTitle, proposedDescription);
    }

    void answer(boolean accepted, String reason, String reviewer, OffsetDateTime at) {
        this.status = accepted ? CommentStatus.ACCEPTED : CommentStatus.REJECTED;
        this.reason = reason;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    ItemComment toApi() {
        return new ItemComment(id, cycleId, itemKey, draftVersion, kind, text, proposal(), author,
                createdAt.toInstant(), status, reason, reviewedBy, reviewedAt == null ? null : reviewedAt.toInstant());
    }
}
