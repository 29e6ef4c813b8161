/** Values and rules of prepackaged-goods inspections with no framework: tare handling, balance CSV, statistics. */
package org.metrolex.prepackaged.domain;
