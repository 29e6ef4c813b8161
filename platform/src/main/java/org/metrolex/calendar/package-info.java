/**
 * Working-day calendar of the People's Republic of China and statutory clocks built on it. Rest
 * days and make-up working days (调休) come from the State Council General Office notices on
 * public holiday arrangements (国务院办公厅关于部分节假日安排的通知), shipped as data in
 * {@code calendar/holidays/}; statutory limits counted in working days (《行政许可法》第八十二条)
 * are computed here and nowhere else, and every answer that reaches beyond the last published
 * notice says so by being marked provisional. The province administrator loads a newly published
 * notice at run time; the modules that store deadlines recompute them ({@code DeadlineHolder},
 * {@code HolidayNoticePublished}) and each change is listed for the officers of its region.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "audit", "region", "platform"})
package org.metrolex.calendar;
