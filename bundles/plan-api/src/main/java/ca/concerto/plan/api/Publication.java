package ca.concerto.plan.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The publication of an adopted version: which version went out, with its fingerprint, and when.
 * A record never changes.
 */
public record Publication(long planId, int versionNumber, String versionFingerprint, LocalDate publishedOn,
                          String publishedBy, Instant recordedAt) {
}
