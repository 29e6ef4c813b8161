package org.metrolex.verification;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.metrolex.audit.AuditTrail;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.verification.OverdueCase.Filter;
import org.metrolex.verification.OverdueCase.State;
import org.metrolex.verification.persistence.OverdueCases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue workbench, one per level (a county its county, a city its counties, the province all; an
 * enterprise its own instruments): every overdue case with the instrument, owner and region by name, how far it
 * has come (notice sent, read by the owner, verified again), filters by region, category and owner, pages, and
 * the same list as .xlsx or CSV. It folds in the notices list: a notice is a case in the state NOTICED or READ.
 * "Overdue" is the rule of the overdue list (ADR 0010: the latest valid document is a certificate whose next due
 * date has come); the notices are those the daily {@link OverdueJob} recorded.
 */
@Service
public class OverdueWorkbench {

    private final OverdueCases cases;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final Clock clock;

    OverdueWorkbench(OverdueCases cases, RegionCatalogue regions, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<OverdueCase> list(DataScope scope, Filter filter, Integer page, Integer size) {
        requireReader(scope);
        int[] ps = ResultPage.clamp(page, size);
        ResultPage<OverdueCases.Row> rows = cases.search(scope, LocalDate.now(clock), filter.show().name(),
                regionsOf(scope, filter), filter.categoryCode(), filter.owner(), ps[0], ps[1]);
        return new ResultPage<>(rows.items().stream().map(this::toCase).toList(), rows.total(), rows.page(), rows.size());
    }

    /**
     * The list as .xlsx. Audited: the file leaves the platform with owners' names and the accounts that read
     * the notices (personal data), so the audit trail keeps who exported what.
     */
    @Transactional
    public int exportXlsx(DataScope scope, Filter filter, OutputStream out) {
        requireReader(scope);
        int rows = ListExports.xlsx("超期未检", HEADERS, row -> each(scope, filter, c -> row.accept(cells(c))), out);
        audited(scope, filter, "xlsx", rows);
        return rows;
    }

    /** The list as CSV (UTF-8 with BOM for Excel); audited like {@link #exportXlsx}. */
    @Transactional
    public int exportCsv(DataScope scope, Filter filter, OutputStream out) {
        requireReader(scope);
        int rows = ListExports.csv(HEADERS, row -> each(scope, filter, c -> row.accept(cells(c))), out);
        audited(scope, filter, "csv", rows);
        return rows;
    }

    private void audited(DataScope scope, Filter filter, String format, int rows) {
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("format", format);
        what.put("show", filter.show().name());
        what.put("regionCode", filter.regionCode());
        what.put("categoryCode", filter.categoryCode());
        what.put("owner", filter.owner());
        what.put("rows", rows);
        audit.record("overdue.export", "overdue-cases", scope.username(), null, what);
    }

    private void each(DataScope scope, Filter filter, Consumer<OverdueCase> consumer) {
        cases.forEach(scope, LocalDate.now(clock), filter.show().name(), regionsOf(scope, filter), filter.categoryCode(),
                filter.owner(), r -> consumer.accept(toCase(r)));
    }

    static final List<String> HEADERS = List.of("器具 instrument", "出厂编号 serial number", "器具编号 instrument id", "所有者 owner",
            "行政区划 region", "区划代码 region code", "到期证书 certificate", "下次检定日期 due date", "状态 state", "通知时间 noticed at",
            "已读时间 read at", "确认人 read by", "重新检定证书 re-verified by");

    private static final Map<State, String> STATE_TEXT = Map.of(State.NOT_NOTICED, "未通知 not noticed", State.NOTICED,
            "已通知 noticed", State.READ, "已读 read", State.REVERIFIED, "已重新检定 re-verified");

    private List<String> cells(OverdueCase c) {
        return List.of(c.categoryNameZh(), c.serialNumber(), String.valueOf(c.instrumentId()), c.ownerName(), c.regionName(),
                c.regionCode(), nz(c.certificateNumber()), c.dueDate().toString(), STATE_TEXT.get(c.state()), time(c.noticedAt()),
                time(c.readAt()), nz(c.readBy()), nz(c.reverifiedNumber()));
    }

    private String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(clock.getZone()).toLocalDateTime().withNano(0).toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private OverdueCase toCase(OverdueCases.Row r) {
        State state = r.reverifiedNumber() != null ? State.REVERIFIED : r.readAt() != null ? State.READ
                : r.noticedAt() != null ? State.NOTICED : State.NOT_NOTICED;
        return new OverdueCase(r.instrumentId(), r.dueDate(), r.certificateNumber(), r.categoryCode(), r.categoryNameZh(), r.categoryNameEn(),
                r.serialNumber(), r.ownerEnterpriseId(), r.ownerName(), r.regionCode(), regions.placeName(r.regionCode()), local(r.noticedAt()),
                local(r.readAt()), r.readBy(), r.reverifiedNumber(), state);
    }

    /** An instant at the authority's offset, so that its date is the local day. */
    private OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
    }

    /** The filter's region and those below it, within the officer's scope; null (no region filter) for the whole scope. */
    private Set<String> regionsOf(DataScope scope, Filter filter) {
        if (filter.regionCode() == null || !scope.isOfficer()) {
            return null;
        }
        Set<String> codes = new HashSet<>(regions.exists(filter.regionCode()) ? regions.selfAndDescendants(filter.regionCode()) : Set.of());
        if (!scope.unrestricted()) {
            codes.retainAll(scope.regionCodes());
        }
        return codes;
    }

    private static void requireReader(DataScope scope) {
        if (!scope.isOfficer() && !(scope.role() == Role.ENTERPRISE_USER && scope.partyId() != null)) {
            throw new RuleViolation(403, List.of(new FieldError("role", "permitted", "只有监管部门和器具所有者企业可以查看超期未检清单",
                    "only bureau officers and owner enterprises see the overdue list")));
        }
    }
}
