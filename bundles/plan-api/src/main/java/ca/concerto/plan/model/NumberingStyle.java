package ca.concerto.plan.model;

/** How a level numbers its items: "1.1.1" (DECIMAL), "A" (LETTER), a bullet, or nothing. */
public enum NumberingStyle { DECIMAL, LETTER, BULLET, NONE }
