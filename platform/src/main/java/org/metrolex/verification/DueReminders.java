package org.metrolex.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.VerificationStanding;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.verification.persistence.DueReminderRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Due-date reminders to owner enterprises (issue 13, item 12; ADR 0021). Each day {@link DueReminderJob} records a
 * reminder for every certificate whose next due date — read from {@code instrument_due}, the same fact the instrument
 * page and the overdue list show — has come within one of the configured thresholds ({@code app.reminders.days-before},
 * e.g. 30,7): one per instrument, due date and threshold, so re-running adds nothing. The reminder is in-app; the
 * configured {@link ReminderSender}s deliver it further and each attempt is kept in the outbox. Owners see and mark
 * their own, officers those of their region, institutions and the public none.
 */
@Service
public class DueReminders {

    private static final Logger log = LoggerFactory.getLogger(DueReminders.class);
    /** Reminders delivered per channel in one run; the rest wait for the next run. */
    private static final int DELIVERY_BATCH = 5_000;

    private final DueReminderRecords records;
    private final DueStandings standings;
    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final List<Integer> thresholds;
    private final List<ReminderSender> senders;

    DueReminders(DueReminderRecords records, DueStandings standings, InstrumentManagement instruments, PartyManagement parties,
                 RegionCatalogue regions, AuditTrail audit, Clock clock, PlatformTransactionManager transactions,
                 List<ReminderSender> senders, @Value("${app.reminders.days-before:30,7}") String daysBefore,
                 @Value("${app.reminders.channels:IN_APP,SMS,EMAIL}") String channels) {
        this.records = records;
        this.standings = standings;
        this.instruments = instruments;
        this.parties = parties;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.thresholds = thresholds(daysBefore);
        this.senders = selected(senders, channels);
    }

    /** "30,7" → [30, 7]: positive whole days, largest first; a wrong setting stops the start with the setting named. */
    static List<Integer> thresholds(String setting) {
        TreeSet<Integer> days = new TreeSet<>(Comparator.reverseOrder());
        for (String part : setting.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int d;
            try {
                d = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                d = -1;
            }
            if (d < 1 || d > 366) {
                throw new IllegalArgumentException("app.reminders.days-before: 每项须为 1 至 366 的整数天数 / each entry must be a whole "
                        + "number of days from 1 to 366, got '" + p + "'");
            }
            days.add(d);
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("app.reminders.days-before: 至少一个天数 / at least one number of days");
        }
        return List.copyOf(days);
    }

    /** The in-app sender always, then the configured channels; two senders for one channel is a configuration error. */
    private static List<ReminderSender> selected(List<ReminderSender> all, String channels) {
        Set<String> wanted = new LinkedHashSet<>();
        wanted.add(InAppReminderSender.CHANNEL);
        for (String c : channels.split(",")) {
            if (!c.isBlank()) {
                wanted.add(c.strip().toUpperCase(Locale.ROOT));
            }
        }
        Map<String, ReminderSender> byChannel = new LinkedHashMap<>();
        for (ReminderSender s : all) {
            if (wanted.contains(s.channel()) && byChannel.put(s.channel(), s) != null) {
                throw new IllegalStateException("Two reminder senders for channel " + s.channel() + ": set app.reminders.outbox=none "
                        + "when a gateway provides it");
            }
        }
        return wanted.stream().filter(byChannel::containsKey).map(byChannel::get).toList();
    }

    public List<Integer> thresholds() {
        return thresholds;
    }

    /** What one run did: the day, reminders added per threshold, delivery outcomes per channel and status. */
    public record RunSummary(LocalDate day, Map<Integer, Integer> addedByThreshold, Map<String, Map<String, Integer>> deliveries) {

        public int added() {
            return addedByThreshold.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Today's run (the clock's day in the authority's zone). */
    public RunSummary run() {
        return run(LocalDate.now(clock));
    }

    /**
     * Records the reminders for {@code today} in one transaction, then delivers every reminder that has no outbox row
     * for a selected channel (today's and any left from a run that stopped), one transaction per delivery so that a
     * failing gateway never takes back the reminders or the other deliveries.
     */
    RunSummary run(LocalDate today) {
        Map<Integer, Integer> added = tx.execute(status -> {
            Map<Integer, Integer> byThreshold = new LinkedHashMap<>();
            for (int i = 0; i < thresholds.size(); i++) {
                int after = i + 1 < thresholds.size() ? thresholds.get(i + 1) : 0;
                byThreshold.put(thresholds.get(i), records.record(today, thresholds.get(i), after));
            }
            return byThreshold;
        });
        Map<String, Map<String, Integer>> deliveries = new LinkedHashMap<>();
        Map<Long, ReminderSender.Recipient> recipients = new HashMap<>();
        for (ReminderSender sender : senders) {
            Map<String, Integer> outcomes = new LinkedHashMap<>();
            for (DueReminder r : records.undelivered(sender.channel(), DELIVERY_BATCH)) {
                ReminderSender.Recipient to = recipients.computeIfAbsent(r.ownerEnterpriseId(), this::recipient);
                ReminderSender.Outcome outcome;
                try {
                    outcome = sender.send(r, to);
                } catch (RuntimeException e) {
                    log.warn("Reminder {} on {} failed: {}", r.id(), sender.channel(), e.toString());
                    outcome = new ReminderSender.Outcome(ReminderSender.Status.FAILED, null, String.valueOf(e.getMessage()));
                }
                ReminderSender.Outcome o = outcome;
                Boolean recorded = tx.execute(s -> records.recordDelivery(r.id(), sender.channel(), o.recipient(), o.status().name(), o.detail()));
                if (Boolean.TRUE.equals(recorded)) {
                    outcomes.merge(o.status().name(), 1, Integer::sum);
                }
            }
            deliveries.put(sender.channel(), outcomes);
        }
        RunSummary summary = new RunSummary(today, added, deliveries);
        tx.executeWithoutResult(s -> audit.record("reminder.run", "due-reminder", today.toString(), null, summary));
        log.info("Due reminders for {}: {}", today, summary);
        return summary;
    }

    private ReminderSender.Recipient recipient(long enterpriseId) {
        Optional<Enterprise> e = parties.enterprise(system(), enterpriseId);
        // The registry has a contact phone; an e-mail field is not kept yet, so e-mail goes to NO_CONTACT (ADR 0021).
        return new ReminderSender.Recipient(enterpriseId, e.map(Enterprise::name).orElse(""),
                e.map(Enterprise::contactPhone).filter(p -> !p.isBlank()).orElse(null), null);
    }

    // ---------------------------------------------------------------- reads

    /** A reminder with what a reader recognises the instrument by, and the days left from today. */
    public record ReminderView(DueReminder reminder, String categoryNameZh, String categoryNameEn, String serialNumber, String ownerName,
                               long daysLeft) {

        public String categoryName(boolean english) {
            return english ? categoryNameEn : categoryNameZh;
        }
    }

    /**
     * The caller's reminders by due date, soonest first; {@code current} leaves out those whose due date has passed
     * (the overdue workbench takes over from there).
     */
    @Transactional(readOnly = true)
    public ResultPage<ReminderView> list(DataScope scope, boolean unreadOnly, boolean current, Integer page, Integer size) {
        requireReader(scope);
        int[] ps = ResultPage.clamp(page, size);
        LocalDate today = LocalDate.now(clock);
        ResultPage<DueReminder> found = records.search(scope, unreadOnly, current ? today : null, ps[0], ps[1]);
        Lookup lookup = new Lookup();
        return new ResultPage<>(found.items().stream().map(r -> lookup.view(r, today)).toList(), found.total(), found.page(), found.size());
    }

    /** Unread reminders of instruments not yet due, in the caller's scope (zero for institutions and the public). */
    @Transactional(readOnly = true)
    public long unreadCount(DataScope scope) {
        return mayRead(scope) ? records.count(scope, true, LocalDate.now(clock)) : 0;
    }

    /** Reminders of instruments not yet due, read or not, in the caller's scope. */
    @Transactional(readOnly = true)
    public long currentCount(DataScope scope) {
        return mayRead(scope) ? records.count(scope, false, LocalDate.now(clock)) : 0;
    }

    @Transactional(readOnly = true)
    public ReminderView require(DataScope scope, long id) {
        requireReader(scope);
        DueReminder r = records.find(scope, id).orElseThrow(() -> RuleViolation.notFound("提醒/reminder", id));
        return new Lookup().view(r, LocalDate.now(clock));
    }

    /** The outbox rows of one reminder the caller may read: channel, recipient, status. */
    @Transactional(readOnly = true)
    public List<DueReminderRecords.Delivery> deliveries(DataScope scope, long id) {
        requireReader(scope);
        return records.deliveries(scope, id);
    }

    /** The owner enterprise marks its reminder read (audited); reading it again changes nothing. */
    @Transactional
    public DueReminder markRead(DataScope scope, long id) {
        DueReminder before = records.find(scope, id).orElseThrow(() -> RuleViolation.notFound("提醒/reminder", id));
        if (!scope.isParty(DataScope.PartyKind.ENTERPRISE, before.ownerEnterpriseId())) {
            throw new RuleViolation(403, List.of(new FieldError("role", "owner", "只有器具所有者企业可以确认已读提醒",
                    "only the owner enterprise may mark the reminder read")));
        }
        if (records.markRead(id, scope.username()) > 0) {
            DueReminder after = records.find(scope, id).orElseThrow();
            audit.record("due-reminder.read", "due-reminder", id, before, after);
            return after;
        }
        return before;
    }

    /** An instrument with a certificate, as the owner's home lists it: names, next due date, days left and standing. */
    public record DueInstrument(long instrumentId, String categoryNameZh, String categoryNameEn, String serialNumber, LocalDate nextDue,
                                long daysLeft, VerificationStanding.Status status) {

        public String categoryName(boolean english) {
            return english ? categoryNameEn : categoryNameZh;
        }
    }

    /**
     * The caller's instruments by next due date, soonest (so overdue) first, with the standing the instrument page shows
     * ({@link DueStandings}, the one rule); at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<DueInstrument> soonestDue(DataScope scope, int limit) {
        if (!mayRead(scope)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<DueReminderRecords.Due> due = records.soonestDue(scope, Math.max(1, Math.min(limit, 100)));
        Map<Long, VerificationStanding> standing = standings.of(scope, due.stream().map(DueReminderRecords.Due::instrumentId).toList());
        Lookup lookup = new Lookup();
        List<DueInstrument> out = new ArrayList<>();
        for (DueReminderRecords.Due d : due) {
            Instrument i = instruments.requireInstrument(lookup.system, d.instrumentId());
            Optional<InstrumentCategory> c = lookup.category(i.categoryCode());
            VerificationStanding s = standing.get(d.instrumentId());
            out.add(new DueInstrument(d.instrumentId(), c.map(InstrumentCategory::nameZh).orElse(i.categoryCode()),
                    c.map(InstrumentCategory::nameEn).orElse(i.categoryCode()), i.serialNumber(), d.nextDue(),
                    java.time.temporal.ChronoUnit.DAYS.between(today, d.nextDue()),
                    s == null ? VerificationStanding.Status.NOT_VERIFIED : s.status()));
        }
        return out;
    }

    /** Per-request caches of instrument, category and owner facts (read province-wide once the reminder passed the scope). */
    private final class Lookup {

        private final Map<String, Optional<InstrumentCategory>> categories = new HashMap<>();
        private final Map<Long, String> owners = new HashMap<>();
        private final DataScope system = system();

        Optional<InstrumentCategory> category(String code) {
            return categories.computeIfAbsent(code, instruments::category);
        }

        ReminderView view(DueReminder r, LocalDate today) {
            Instrument i = instruments.requireInstrument(system, r.instrumentId());
            Optional<InstrumentCategory> c = category(i.categoryCode());
            String owner = owners.computeIfAbsent(r.ownerEnterpriseId(), id -> parties.enterprise(system, id).map(Enterprise::name).orElse(""));
            return new ReminderView(r, c.map(InstrumentCategory::nameZh).orElse(i.categoryCode()),
                    c.map(InstrumentCategory::nameEn).orElse(i.categoryCode()), i.serialNumber(), owner, r.daysLeft(today));
        }
    }

    private static boolean mayRead(DataScope scope) {
        return scope.isOfficer() || scope.role() == Role.ENTERPRISE_USER;
    }

    private static void requireReader(DataScope scope) {
        if (!mayRead(scope)) {
            throw new RuleViolation(403, List.of(new FieldError("role", "permitted", "只有监管部门和器具所有者企业可以查看检定到期提醒",
                    "only bureau officers and owner enterprises see due-date reminders")));
        }
    }

    private DataScope system() {
        return DataScope.system("due-reminders");
    }
}
