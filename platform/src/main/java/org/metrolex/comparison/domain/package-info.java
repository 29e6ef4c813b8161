/** The rules of a comparison round, pure: state transitions, schedule, lateness, blind visibility, submission. */
package org.metrolex.comparison.domain;
