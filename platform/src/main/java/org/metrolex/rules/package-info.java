/**
 * Rule editions (规则版本): the rule book every regulated decision reads — the editions shipped with
 * {@code metrology-core} and the editions a province administrator loads at run time as rule files in the
 * shipped format (a new edition, a correction, the real tables of an edition shipped as not obtained).
 * A file is checked before it is stored (every problem at once, by line), versioned per rule and
 * regulation, audited, and takes effect from its own effective date with no restart: the book is rebuilt
 * atomically on load. Decisions store the revision of the book that made them ({@link
 * org.metrolex.rules.RuleBookRevision}), so a later load never changes a past decision. Modules that
 * decide with stand-ins report how many they made through {@link org.metrolex.rules.StandInDecisionCounts}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "platform"})
package org.metrolex.rules;
