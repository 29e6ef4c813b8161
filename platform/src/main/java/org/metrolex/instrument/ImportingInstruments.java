package org.metrolex.instrument;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.instrument.InstrumentSpreadsheet.Column;
import org.metrolex.instrument.domain.Instrument;
import org.metrolex.instrument.domain.InstrumentCategory;
import org.metrolex.instrument.domain.InstrumentDraft;
import org.metrolex.instrument.domain.InstrumentStatus;
import org.metrolex.instrument.domain.InstrumentUse;
import org.metrolex.instrument.persistence.InstrumentCategories;
import org.metrolex.instrument.persistence.Instruments;
import org.metrolex.party.PartyManagement;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.platform.scope.Role;
import org.metrolex.platform.text.Labels;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** An officer or an enterprise imports a workbook of instruments; each row is filed or brought up to date on its own. */
@Service
public class ImportingInstruments {

    private final Instruments instruments;
    private final InstrumentCategories categories;
    private final InstrumentWriteRules rules;
    private final PartyManagement parties;
    private final AuditTrail audit;
    private final TransactionTemplate eachRow;

    private final Labels labels;

    ImportingInstruments(Instruments instruments, InstrumentCategories categories, InstrumentWriteRules rules, PartyManagement parties,
                         AuditTrail audit, PlatformTransactionManager transactions, Labels labels) {
        this.labels = labels;
        this.instruments = instruments;
        this.categories = categories;
        this.rules = rules;
        this.parties = parties;
        this.audit = audit;
        this.eachRow = new TransactionTemplate(transactions);
        // a row of an import commits on its own even when the caller already holds a transaction
        this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Outcome of storing one imported row by its identity (category, maker, serial number). */
    public enum Upsert { FILED, UPDATED, UNCHANGED }

    /**
     * Files the instrument or, if one with the same category, maker and serial number is already filed
     * and the caller may change it, brings it up to date: re-importing the same row changes nothing.
     */
    @Transactional
    public Upsert upsert(DataScope scope, InstrumentDraft draft) {
        InstrumentWriteRules.requireWriter(scope);
        InstrumentDraft d = rules.forCaller(scope, draft);
        rules.requireValid(scope, d);
        InstrumentWriteRules.requireCovers(scope, d.regionCode());
        Optional<Long> existing = instruments.findIdForUniqueness(d.categoryCode(), d.maker(), d.serialNumber());
        if (existing.isEmpty()) {
            long id = instruments.insert(d, rules.newQrToken());
            audit.record("instrument.import.file", "instrument", id, null, instruments.find(scope, id).orElseThrow());
            return Upsert.FILED;
        }
        Instrument before = instruments.find(scope, existing.get()).orElseThrow(() -> new RuleViolation("serialNumber",
                "unique", "同一类别、同一制造厂的该出厂编号已由其他所有者备案", "an instrument of this category and maker with this "
                        + "serial number is already filed by another owner"));
        if (sameAs(before, d)) {
            return Upsert.UNCHANGED;
        }
        if (before.status() == InstrumentStatus.SCRAPPED) {
            throw new RuleViolation("status", "not-scrapped", "已报废的计量器具不能修改", "a scrapped instrument cannot be edited");
        }
        instruments.update(before.id(), before.version(), d);
        audit.record("instrument.import.update", "instrument", before.id(), before, instruments.find(scope, before.id()).orElseThrow());
        return Upsert.UPDATED;
    }

    /**
     * Imports an .xlsx list of instruments (columns in {@link InstrumentSpreadsheet.Column}). The category
     * may be given by code or Chinese name, the use by code or Chinese name, the owner by its credit code
     * (ignored for an enterprise user, who files for itself). A file that cannot be read or lacks a
     * column is refused whole; otherwise every row is stored or reported on its own, each in its own
     * transaction, and re-importing the same file changes nothing.
     */
    public InstrumentImportReport importInstruments(DataScope scope, InputStream in) {
        InstrumentWriteRules.requireWriter(scope);
        List<InstrumentSpreadsheet.Line> lines = InstrumentSpreadsheet.read(in);
        List<InstrumentCategory> catalogue = categories.catalogue();
        int filed = 0;
        int updated = 0;
        int unchanged = 0;
        List<InstrumentImportReport.RejectedRow> rejected = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (InstrumentSpreadsheet.Line line : lines) {
            List<FieldError> problems = new ArrayList<>();
            InstrumentDraft draft = draftOf(scope, line, catalogue, problems);
            if (problems.isEmpty() && !seen.add(List.of(draft.categoryCode(), draft.maker(), draft.serialNumber()))) {
                problems.add(new FieldError("serialNumber", "duplicate-in-file", "该器具在文件中重复出现，已按首次出现的行处理",
                        "this instrument appears earlier in the file; only its first row is imported"));
            }
            if (problems.isEmpty()) {
                try {
                    // upsert is called on this object, not through the proxy, so the template opens the transaction
                    switch (eachRow.execute(status -> upsert(scope, draft))) {
                        case FILED -> filed++;
                        case UPDATED -> updated++;
                        case UNCHANGED -> unchanged++;
                    }
                } catch (RuleViolation v) {
                    problems.addAll(v.errors());
                } catch (DataIntegrityViolationException e) {
                    problems.add(new FieldError("serialNumber", "unique", "同一类别、同一制造厂的该出厂编号已备案",
                            "an instrument of this category and maker with this serial number is already filed"));
                }
            }
            for (FieldError e : problems) {
                rejected.add(new InstrumentImportReport.RejectedRow(line.rowNumber(), e.field(), e.rule(), e.messageZh(), e.messageEn()));
            }
        }
        return new InstrumentImportReport(lines.size(), filed, updated, unchanged, rejected);
    }

    private InstrumentDraft draftOf(DataScope scope, InstrumentSpreadsheet.Line line, List<InstrumentCategory> catalogue,
                                    List<FieldError> problems) {
        String category = line.get(Column.CATEGORY);
        String categoryCode = catalogue.stream().filter(c -> c.code().equalsIgnoreCase(nz(category).strip())
                || c.nameZh().equals(nz(category).strip())).map(InstrumentCategory::code).findFirst().orElse(category);
        InstrumentUse use = InstrumentUse.parse(labels.code(InstrumentUse.class, line.get(Column.PURPOSE)));
        Long owner = null;
        if (scope.role() != Role.ENTERPRISE_USER) {
            String code = line.get(Column.OWNER_CREDIT_CODE);
            if (code == null || code.isBlank()) {
                problems.add(new FieldError("ownerCreditCode", "required", "所有者统一社会信用代码必填",
                        "the owner's credit code is required"));
            } else {
                owner = parties.enterpriseByCreditCode(scope, code).map(Enterprise::id).orElse(null);
                if (owner == null) {
                    problems.add(new FieldError("ownerCreditCode", "exists", "所有者企业不存在或不在您的管辖范围内：" + code.strip(),
                            "the owner enterprise does not exist or lies outside your jurisdiction: " + code.strip()));
                }
            }
        }
        return new InstrumentDraft(categoryCode, line.get(Column.MAKER), line.get(Column.MODEL), line.get(Column.SERIAL_NUMBER),
                line.get(Column.TYPE_APPROVAL_NO), line.get(Column.ACCURACY_CLASS), line.get(Column.MEASURING_RANGE), owner,
                line.get(Column.REGION_CODE), line.get(Column.LOCATION), use == null ? line.get(Column.PURPOSE) : use.name());
    }

    private static boolean sameAs(Instrument i, InstrumentDraft d) {
        return i.categoryCode().equals(d.categoryCode()) && i.maker().equals(d.maker()) && i.model().equals(d.model())
                && i.serialNumber().equals(d.serialNumber()) && nz(i.typeApprovalNo()).equals(d.typeApprovalNo())
                && nz(i.accuracyClass()).equals(d.accuracyClass()) && nz(i.measuringRange()).equals(d.measuringRange())
                && Objects.equals(i.ownerEnterpriseId(), d.ownerEnterpriseId()) && i.regionCode().equals(d.regionCode())
                && nz(i.location()).equals(d.location()) && i.purpose() == d.parsedPurpose();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
