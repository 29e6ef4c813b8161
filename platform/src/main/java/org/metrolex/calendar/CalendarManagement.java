package org.metrolex.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongPredicate;

import org.metrolex.audit.AuditTrail;
import org.metrolex.calendar.domain.Deadline;
import org.metrolex.calendar.domain.HolidayCalendar;
import org.metrolex.calendar.domain.HolidayNotice;
import org.metrolex.calendar.domain.StatutoryClock;
import org.metrolex.calendar.domain.WorkingDayAnswer;
import org.metrolex.calendar.domain.WorkingDayCount;
import org.metrolex.calendar.persistence.DeadlineRevisions;
import org.metrolex.calendar.persistence.HolidayNotices;
import org.metrolex.calendar.persistence.HolidayNotices.StoredNotice;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calendar module's API: working days under the State Council holiday notices, and statutory
 * clocks counted in working days. Other modules use this, never {@code DayOfWeek} checks. Conventions
 * (start day never counts, provisional answers) are those of {@link HolidayCalendar}.
 *
 * <p>The calendar in use is the shipped notices ({@code calendar/holidays/<year>.json}) with the notices the province
 * administrator loaded at run time on top: the newest loaded version of a year replaces the shipped file of that year
 * and any earlier version. It is rebuilt, without a restart, after a notice commits (and by every instance within a
 * minute, {@link #refreshIfChanged}); readers always see one whole calendar.
 */
@Service
public class CalendarManagement {

    /** The largest notice file accepted, in bytes (a real notice is under 5 KB). */
    public static final int MAX_NOTICE_BYTES = NoticeFileCheck.MAX_BYTES;

    private final List<HolidayNotice> shipped;
    private final AtomicReference<HolidayCalendar> calendar;
    private final AtomicLong builtFrom = new AtomicLong(-1);
    private final HolidayNoticeLoader loader;
    private final HolidayNotices loadedNotices;
    private final DeadlineRevisions revisions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<DeadlineHolder> holders;
    private final RegionCatalogue regions;
    private final JsonMapper json;
    private final Clock clock;

    @Autowired
    CalendarManagement(HolidayNoticeLoader loader, HolidayNotices loadedNotices, DeadlineRevisions revisions, AuditTrail audit,
                       ApplicationEventPublisher events, ObjectProvider<DeadlineHolder> holders, RegionCatalogue regions,
                       JsonMapper json, Clock clock) {
        this.shipped = loader.load();
        this.loader = loader;
        this.loadedNotices = loadedNotices;
        this.revisions = revisions;
        this.audit = audit;
        this.events = events;
        this.holders = holders;
        this.regions = regions;
        this.json = json;
        this.clock = clock;
        this.calendar = new AtomicReference<>(new HolidayCalendar(shipped));
        refresh();
    }

    /** A calendar of the shipped notices only, without a database (unit tests of other modules). */
    CalendarManagement(HolidayCalendar calendar) {
        this.shipped = calendar.notices();
        this.calendar = new AtomicReference<>(calendar);
        this.loader = null;
        this.loadedNotices = null;
        this.revisions = null;
        this.audit = null;
        this.events = null;
        this.holders = null;
        this.regions = null;
        this.json = null;
        this.clock = null;
    }

    public WorkingDayAnswer isWorkingDay(LocalDate date) {
        return calendar.get().isWorkingDay(date);
    }

    /** The {@code days}-th working day after {@code start}; {@code start} itself never counts. */
    public Deadline addWorkingDays(LocalDate start, int days) {
        return calendar.get().addWorkingDays(start, days);
    }

    /** Working days in {@code (from, to]}. */
    public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.get().workingDaysBetween(from, to);
    }

    /** 31 December of the last year with a published notice; later answers are provisional. */
    public LocalDate lastKnownDate() {
        return calendar.get().lastKnownDate();
    }

    public List<HolidayNotice> notices() {
        return calendar.get().notices();
    }

    /** A new running clock for a limit of {@code limitDays} working days started on {@code start}. */
    public StatutoryClock newClock(LocalDate start, int limitDays) {
        return StatutoryClock.start(calendar.get(), start, limitDays);
    }

    // ------------------------------------------------------------------------------ notices loaded at run time

    /** Rebuilds the calendar in use from the shipped files and every stored notice. */
    public void refresh() {
        List<StoredNotice> stored = loadedNotices.all();
        calendar.set(calendarOf(stored, id -> true));
        builtFrom.set(stored.isEmpty() ? 0 : stored.get(stored.size() - 1).id());
    }

    /** Another instance may have loaded a notice: rebuild when the stored notices are not those the calendar was built from. */
    @Scheduled(fixedDelayString = "${app.calendar.refresh-millis:60000}", initialDelayString = "${app.calendar.refresh-millis:60000}")
    void refreshIfChanged() {
        if (loadedNotices.latestId() != builtFrom.get()) {
            refresh();
        }
    }

    /** The calendar as it was just before a loaded notice (with the shipped files and earlier loaded notices). */
    @Transactional(readOnly = true)
    public HolidayCalendar calendarBefore(long noticeId) {
        return calendarOf(loadedNotices.all(), id -> id < noticeId);
    }

    /** The calendar as it was just after a loaded notice. */
    @Transactional(readOnly = true)
    public HolidayCalendar calendarThrough(long noticeId) {
        return calendarOf(loadedNotices.all(), id -> id <= noticeId);
    }

    private HolidayCalendar calendarOf(List<StoredNotice> stored, LongPredicate include) {
        return new HolidayCalendar(new ArrayList<>(effective(stored, include).values()));
    }

    /** Each year's notice in use: the shipped file, replaced by the newest loaded version. */
    private Map<Integer, HolidayNotice> effective(List<StoredNotice> stored, LongPredicate include) {
        Map<Integer, HolidayNotice> byYear = new TreeMap<>();
        shipped.forEach(n -> byYear.put(n.year(), n));
        for (StoredNotice s : stored) {
            if (include.test(s.id())) {
                byYear.put(s.year(), loader.parse(s.content()));
            }
        }
        return byYear;
    }

    /** Every year's notice in use, newest year first, with where it came from. Province administrator only. */
    @Transactional(readOnly = true)
    public List<NoticeSummary> noticeSummaries(DataScope scope) {
        requireAdmin(scope);
        List<StoredNotice> stored = loadedNotices.all();
        Map<Integer, StoredNotice> latest = new TreeMap<>();
        Map<Integer, Integer> versions = new TreeMap<>();
        for (StoredNotice s : stored) {
            latest.put(s.year(), s);
            versions.merge(s.year(), 1, Integer::sum);
        }
        List<NoticeSummary> out = new ArrayList<>();
        effective(stored, id -> true).forEach((year, n) -> {
            StoredNotice s = latest.get(year);
            int rest = (int) n.days().values().stream().filter(Boolean::booleanValue).count();
            out.add(new NoticeSummary(year, s != null, s == null ? 0 : s.version(), s != null && s.correction(), n.isPublished(),
                    n.papers(), rest, n.days().size() - rest, s == null ? null : s.loadedBy(), s == null ? null : s.loadedAt(),
                    s == null ? 0 : versions.get(year) - 1));
        });
        out.sort((a, b) -> Integer.compare(b.year(), a.year()));
        return out;
    }

    /**
     * Checks a notice file and tells what publishing it would do, without changing anything: which version of its
     * year it would be, whether it corrects a published notice, and every stored deadline it would move or confirm.
     * A faulty file is refused with every fault at once (HTTP 400). Province administrator only.
     */
    @Transactional(readOnly = true)
    public NoticePreview preview(DataScope scope, byte[] content) {
        requireAdmin(scope);
        Candidate c = candidate(content, loadedNotices.all());
        List<DeadlineChange> changes = new ArrayList<>();
        if (!c.unchanged()) {
            holders.orderedStream().forEach(h -> changes.addAll(h.changes(c.before(), c.after())));
        }
        return new NoticePreview(c.notice().year(), c.version(), c.correction(), c.unchanged(), c.notice().papers(),
                restDays(c.notice()), c.notice().days().size() - restDays(c.notice()), changes);
    }

    /**
     * Publishes a notice: stores it as the next version of its year, audits it and announces it
     * ({@link HolidayNoticePublished}); the modules holding deadlines recompute theirs in this same transaction. The
     * calendar in use is rebuilt once the transaction has committed. The notice already in use for its year, offered
     * again, changes nothing (no version, no audit entry, no event). Province administrator only.
     */
    @Transactional
    public NoticePublication publish(DataScope scope, byte[] content) {
        requireAdmin(scope);
        loadedNotices.lock();
        List<StoredNotice> stored = loadedNotices.all();
        Candidate c = candidate(content, stored);
        if (c.unchanged()) {
            return new NoticePublication(null, c.notice().year(), c.version(), c.correction(), true, 0);
        }
        long id = loadedNotices.insert(c.notice().year(), c.version(), c.correction(), new String(content, StandardCharsets.UTF_8),
                sha256(content), scope.username());
        Map<String, Object> after = auditView(c.notice());
        after.put("version", c.version());
        after.put("correction", c.correction());
        after.put("sha256", sha256(content));
        HolidayNotice replaced = c.replaced();
        audit.record("calendar.notice.publish", "calendar_notice", id,
                replaced == null || !replaced.isPublished() ? null : auditView(replaced), after);
        events.publishEvent(new HolidayNoticePublished(id, c.notice().year(), c.version(), c.correction()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh();
                }
            });
        }
        return new NoticePublication(id, c.notice().year(), c.version(), c.correction(), false, revisions.countForNotice(id));
    }

    /**
     * Records that a notice moved or confirmed a stored deadline; called by the module holding it, in the
     * transaction that changed it. False when that change was already recorded for this notice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordRevision(long noticeId, DeadlineChange change) {
        return revisions.insert(noticeId, change);
    }

    /** Deadlines changed by loaded notices in the officer's regions, newest notice first. Officers only. */
    @Transactional(readOnly = true)
    public ResultPage<DeadlineRevision> revisions(DataScope scope, Integer year, Integer page, Integer size) {
        if (!scope.isOfficer()) {
            throw new RuleViolation(403, List.of(new FieldError("role", "officer", "只有监管部门可以查看期限变更",
                    "only bureau officers may see changed deadlines")));
        }
        int[] ps = ResultPage.clamp(page, size);
        List<DeadlineRevision> items = revisions.find(scope, year, ps[0], ps[1]).stream()
                .map(r -> new DeadlineRevision(r.id(), r.noticeYear(), r.noticeVersion(), r.kind(), r.recordId(), r.clock(),
                        r.label(), r.href(), r.regionCode(), regions.name(r.regionCode()), r.oldDeadline(), r.newDeadline(),
                        r.oldProvisional(), r.newProvisional(), r.recordedAt()))
                .toList();
        return new ResultPage<>(items, revisions.count(scope, year), ps[0], ps[1]);
    }

    /** Today by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A checked notice and what it replaces. */
    private record Candidate(HolidayNotice notice, HolidayNotice replaced, int version, boolean correction, boolean unchanged,
                             HolidayCalendar before, HolidayCalendar after) {
    }

    private Candidate candidate(byte[] content, List<StoredNotice> stored) {
        Map<Integer, HolidayNotice> inUse = effective(stored, id -> true);
        byte[] bytes = content == null ? new byte[0] : content;
        // the year is not known before the file is read: check against all other years, then drop the notice's own
        NoticeFileCheck.Result peek = NoticeFileCheck.check(json, bytes, Map.of(), today());
        if (!peek.valid()) {
            throw new RuleViolation(400, peek.errors());
        }
        int year = peek.notice().year();
        Map<Integer, HolidayNotice> others = new TreeMap<>(inUse);
        HolidayNotice replaced = others.remove(year);
        NoticeFileCheck.Result checked = NoticeFileCheck.check(json, bytes, others, today());
        if (!checked.valid()) {
            throw new RuleViolation(400, checked.errors());
        }
        HolidayNotice notice = checked.notice();
        int version = stored.stream().filter(s -> s.year() == year).mapToInt(StoredNotice::version).max().orElse(0);
        boolean unchanged = replaced != null && replaced.isPublished() && replaced.days().equals(notice.days())
                && replaced.papers().equals(notice.papers());
        boolean correction = replaced != null && replaced.isPublished();
        Map<Integer, HolidayNotice> next = new TreeMap<>(others);
        next.put(year, notice);
        return new Candidate(notice, replaced, unchanged ? version : version + 1, correction, unchanged,
                new HolidayCalendar(new ArrayList<>(inUse.values())), new HolidayCalendar(new ArrayList<>(next.values())));
    }

    private static int restDays(HolidayNotice n) {
        return (int) n.days().values().stream().filter(Boolean::booleanValue).count();
    }

    private static Map<String, Object> auditView(HolidayNotice n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("year", n.year());
        v.put("papers", n.papers());
        Map<String, Boolean> days = new TreeMap<>();
        n.days().forEach((d, off) -> days.put(d.toString(), off));
        v.put("days", days);
        return v;
    }

    private static void requireAdmin(DataScope scope) {
        if (scope.role() != Role.PROVINCE_ADMIN) {
            throw new RuleViolation(403, List.of(new FieldError("role", "province-admin", "只有省局管理员可以发布节假日通知",
                    "only the provincial administrator may load holiday notices")));
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
