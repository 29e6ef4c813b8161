package org.metrolex.party;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.metrolex.audit.AuditTrail;
import org.metrolex.party.domain.Enterprise;
import org.metrolex.party.domain.EnterpriseDraft;
import org.metrolex.party.persistence.Enterprises;
import org.metrolex.platform.problem.Problem.FieldError;
import org.metrolex.platform.problem.RuleViolation;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.region.RegionCatalogue;
import org.metrolex.platform.text.Labels;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** An officer imports a workbook of enterprises, each stored by its credit code; re-importing changes nothing. */
@Service
public class ImportingEnterprises {

    private final Enterprises enterprises;
    private final RegionCatalogue regions;
    private final AuditTrail audit;
    private final TransactionTemplate eachRow;

    private final Labels labels;

    ImportingEnterprises(Enterprises enterprises, RegionCatalogue regions, AuditTrail audit, PlatformTransactionManager transactions, Labels labels) {
        this.labels = labels;
        this.enterprises = enterprises;
        this.regions = regions;
        this.audit = audit;
        this.eachRow = new TransactionTemplate(transactions);
        // a row of an import commits on its own even when the caller already holds a transaction
        this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Outcome of storing one draft by its credit code: created, updated or unchanged. */
    public enum Upsert { CREATED, UPDATED, UNCHANGED }

    /**
     * Creates or updates the enterprise with the draft's credit code, for imports: re-running the same
     * data changes nothing. Throws {@link RuleViolation} naming the fields if the draft is refused.
     */
    @Transactional
    public Upsert upsertEnterprise(DataScope scope, EnterpriseDraft draft) {
        WriteRule.requireValid(draft.problems(regions::exists));
        WriteRule.BUREAU_OF_REGION.require(scope, draft.regionCode());
        Optional<Enterprise> existing = enterprises.findByCreditCodeForUniqueness(draft.creditCode());
        if (existing.isEmpty()) {
            long id = enterprises.insert(draft);
            audit.record("enterprise.import.create", "enterprise", id, null, enterprises.find(scope, id).orElseThrow());
            return Upsert.CREATED;
        }
        Enterprise e = existing.get();
        if (!scope.coversRegion(e.regionCode())) {
            throw new RuleViolation("creditCode", "scope", "该代码已由您管辖范围以外的企业登记",
                    "this credit code is registered to an enterprise outside your region");
        }
        if (sameAs(e, draft)) {
            return Upsert.UNCHANGED;
        }
        enterprises.update(e.id(), e.version(), draft);
        audit.record("enterprise.import.update", "enterprise", e.id(), e, enterprises.find(scope, e.id()).orElseThrow());
        return Upsert.UPDATED;
    }

    /**
     * Imports an .xlsx list of enterprises (see {@link EnterpriseSpreadsheet} for the columns), storing
     * each row by its credit code as {@link #upsertEnterprise} does. A file that cannot be read, lacks a
     * column or is too large is refused whole with a {@link RuleViolation}; otherwise every row is
     * reported, good or bad.
     *
     * <p>Deliberately not {@code @Transactional}: each row commits in its own transaction, so a bad row
     * leaves nothing behind and never holds back the good ones, and a large file does not hold one
     * long transaction. Re-importing the same file creates and updates nothing.
     */
    public EnterpriseImportReport importEnterprises(DataScope scope, InputStream in) {
        WriteRule.requireOfficer(scope);
        List<EnterpriseSpreadsheet.Line> lines = EnterpriseSpreadsheet.read(in, labels);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<EnterpriseImportReport.RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EnterpriseSpreadsheet.Line line : lines) {
            EnterpriseDraft draft = line.draft();
            // a file that names one enterprise twice is ambiguous: the first row wins, the later ones are refused
            if (!draft.creditCode().isEmpty() && !seen.add(draft.creditCode())) {
                rejected.add(new EnterpriseImportReport.RejectedRow(line.rowNumber(), "creditCode", "duplicate-in-file",
                        "该统一社会信用代码在文件中重复出现，已按首次出现的行处理",
                        "this credit code appears earlier in the file; only its first row is imported"));
                continue;
            }
            try {
                // upsertEnterprise is called on this object, not through the proxy, so the template opens the transaction
                Upsert outcome = eachRow.execute(status -> upsertEnterprise(scope, draft));
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            } catch (RuleViolation v) {
                for (FieldError e : v.errors()) {
                    rejected.add(new EnterpriseImportReport.RejectedRow(line.rowNumber(), e.field(), e.rule(),
                            e.messageZh(), e.messageEn()));
                }
            } catch (DataIntegrityViolationException e) {
                // someone registered the same code between our look-up and the insert
                rejected.add(new EnterpriseImportReport.RejectedRow(line.rowNumber(), "creditCode", "unique",
                        "该统一社会信用代码已登记", "this credit code is already registered"));
            }
        }
        return new EnterpriseImportReport(lines.size(), created, updated, unchanged, rejected);
    }

    private static boolean sameAs(Enterprise e, EnterpriseDraft d) {
        return e.name().equals(d.name()) && nz(e.address()).equals(d.address()) && e.regionCode().equals(d.regionCode())
                && e.category() == d.parsedCategory() && nz(e.legalRepresentative()).equals(d.legalRepresentative())
                && nz(e.contactPhone()).equals(d.contactPhone());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
