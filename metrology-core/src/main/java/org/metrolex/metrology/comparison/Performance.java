package org.metrolex.metrology.comparison;

/** The evaluation of one score (ISO 13528:2022 9.4.1 / CNAS-GL002 4.4; JJF 1117-2010 for En). */
public enum Performance {
    /** 满意 */
    SATISFACTORY,
    /** 可疑 — only for z, z′ and ζ: 2 &lt; |score| &lt; 3 */
    QUESTIONABLE,
    /** 不满意 */
    UNSATISFACTORY
}
