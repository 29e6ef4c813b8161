package org.metrolex.verification;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentManagement;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.verification.persistence.OverdueNoticeRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue notices to owners, in-app (issue 4): what {@link OverdueJob} records each day (one notice per
 * instrument and due date, in {@code overdue_notice}) shown to the owner enterprise, which marks them read,
 * and to officers for the instruments in their region; exportable as .xlsx or CSV. Institutions and the
 * public see none.
 */
@Service
public class OverdueNotices {

    private final OverdueNoticeRecords records;
    private final InstrumentManagement instruments;
    private final PartyManagement parties;
    private final RegionCatalogue regions;
    private final AuditTrail audit;

    OverdueNotices(OverdueNoticeRecords records, InstrumentManagement instruments, PartyManagement parties,
                   RegionCatalogue regions, AuditTrail audit) {
        this.records = records;
        this.instruments = instruments;
        this.parties = parties;
        this.regions = regions;
        this.audit = audit;
    }

    /** A notice with what a reader needs to recognise the instrument. */
    public record NoticeView(OverdueNotice notice, String categoryName, String categoryNameEn, String serialNumber,
                             String ownerName, String regionName) {
    }

    @Transactional(readOnly = true)
    public ResultPage<NoticeView> list(DataScope scope, boolean unreadOnly, Integer page, Integer size) {
        requireReader(scope);
        int[] ps = ResultPage.clamp(page, size);
        ResultPage<OverdueNotice> found = records.search(scope, unreadOnly, ps[0], ps[1]);
        Lookup lookup = new Lookup();
        return new ResultPage<>(found.items().stream().map(lookup::view).toList(), found.total(), found.page(), found.size());
    }

    @Transactional(readOnly = true)
    public long unreadCount(DataScope scope) {
        return scope.isOfficer() || scope.role() == Role.ENTERPRISE_USER ? records.countUnread(scope) : 0;
    }

    /** The owner enterprise marks its notice read; reading it again changes nothing. */
    @Transactional
    public OverdueNotice markRead(DataScope scope, long instrumentId, LocalDate dueDate) {
        OverdueNotice before = records.find(scope, instrumentId, dueDate)
                .orElseThrow(() -> RuleViolation.notFound("超期通知/overdue notice", instrumentId + "/" + dueDate));
        if (!scope.isParty(DataScope.PartyKind.ENTERPRISE, before.ownerEnterpriseId())) {
            throw new RuleViolation(403, List.of(new FieldError("role", "owner", "只有器具所有者企业可以确认已读",
                    "only the owner enterprise may mark the notice read")));
        }
        if (records.markRead(instrumentId, dueDate, scope.username()) > 0) {
            OverdueNotice after = records.find(scope, instrumentId, dueDate).orElseThrow();
            audit.record("overdue-notice.read", "overdue-notice", instrumentId + "/" + dueDate, before, after);
            return after;
        }
        return before;
    }

    /** Every notice the caller may see as .xlsx. */
    @Transactional(readOnly = true)
    public void exportXlsx(DataScope scope, boolean unreadOnly, OutputStream out) {
        requireReader(scope);
        Lookup lookup = new Lookup();
        ListExports.xlsx("超期未检通知", HEADERS, row -> records.forEach(scope, unreadOnly, n -> row.accept(cells(lookup.view(n)))), out);
    }

    /** Every notice the caller may see as CSV (UTF-8 with BOM for Excel). */
    @Transactional(readOnly = true)
    public void exportCsv(DataScope scope, boolean unreadOnly, OutputStream out) {
        requireReader(scope);
        Lookup lookup = new Lookup();
        ListExports.csv(HEADERS, row -> records.forEach(scope, unreadOnly, n -> row.accept(cells(lookup.view(n)))), out);
    }

    private static final List<String> HEADERS = List.of("器具编号 instrument id", "器具名称 instrument", "出厂编号 serial number",
            "所有者 owner", "行政区划 region", "区划名称 region name", "到期证书 certificate", "下次检定日期 due date",
            "通知时间 noticed at", "已读时间 read at", "确认人 read by");

    private static List<String> cells(NoticeView v) {
        OverdueNotice n = v.notice();
        return List.of(String.valueOf(n.instrumentId()), v.categoryName(), v.serialNumber(), v.ownerName(), n.regionCode(),
                v.regionName(), n.certificateNumber(), n.dueDate().toString(),
                n.noticedAt() == null ? "" : n.noticedAt().toLocalDateTime().withNano(0).toString(),
                n.readAt() == null ? "" : n.readAt().toLocalDateTime().withNano(0).toString(), n.readBy() == null ? "" : n.readBy());
    }

    /** Per-request caches of instrument, category and owner facts (read province-wide once the notice passed the scope). */
    private final class Lookup {

        private final Map<String, Optional<InstrumentCategory>> categories = new HashMap<>();
        private final Map<Long, String> owners = new HashMap<>();
        private final DataScope system = system();

        NoticeView view(OverdueNotice n) {
            Instrument i = instruments.requireInstrument(system, n.instrumentId());
            Optional<InstrumentCategory> c = categories.computeIfAbsent(i.categoryCode(), instruments::category);
            String owner = owners.computeIfAbsent(n.ownerEnterpriseId(),
                    id -> parties.enterprise(system, id).map(Enterprise::name).orElse(""));
            return new NoticeView(n, c.map(InstrumentCategory::nameZh).orElse(i.categoryCode()),
                    c.map(InstrumentCategory::nameEn).orElse(i.categoryCode()), i.serialNumber(), owner, regions.fullName(n.regionCode()));
        }
    }

    private static void requireReader(DataScope scope) {
        if (!scope.isOfficer() && scope.role() != Role.ENTERPRISE_USER) {
            throw new RuleViolation(403, List.of(new FieldError("role", "permitted", "只有监管部门和器具所有者企业可以查看超期通知",
                    "only bureau officers and owner enterprises see overdue notices")));
        }
    }

    private DataScope system() {
        return DataScope.system("overdue-notices");
    }
}
