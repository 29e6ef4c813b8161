package org.metrolex.prepackaged.persistence;

import static org.metrolex.platform.jooq.Tables.CMARK_DECLARATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.metrolex.platform.jooq.tables.records.CmarkDeclarationRecord;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.prepackaged.CMarkDeclaration;
import org.metrolex.prepackaged.domain.CMarkStatus;
import org.springframework.stereotype.Repository;

@Repository
class JooqCMarks implements CMarks {

    private final DSLContext dsl;
    private final Clock clock;

    JooqCMarks(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Condition visible(DataScope scope) {
        return scope.where(CMARK_DECLARATION.REGION_CODE, CMARK_DECLARATION.ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE);
    }

    private static Condition keyword(Condition where, String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return where;
        }
        String like = "%" + keyword.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return where.and(CMARK_DECLARATION.ENTERPRISE_NAME.likeIgnoreCase(like).or(CMARK_DECLARATION.CREDIT_CODE.like(like))
                .or(CMARK_DECLARATION.PRODUCT_SCOPE.likeIgnoreCase(like)));
    }

    @Override
    public ResultPage<CMarkDeclaration> search(DataScope scope, String status, String keyword, int page, int size) {
        Condition where = keyword(visible(scope), keyword);
        if (status != null && !status.isBlank()) {
            where = where.and(CMARK_DECLARATION.STATUS.eq(status.strip().toUpperCase()));
        }
        long total = dsl.fetchCount(CMARK_DECLARATION, where);
        List<CMarkDeclaration> items = dsl.selectFrom(CMARK_DECLARATION).where(where).orderBy(CMARK_DECLARATION.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(JooqCMarks::toDeclaration);
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public Optional<CMarkDeclaration> find(DataScope scope, long id) {
        return dsl.selectFrom(CMARK_DECLARATION).where(CMARK_DECLARATION.ID.eq(id).and(visible(scope)))
                .fetchOptional(JooqCMarks::toDeclaration);
    }

    @Override
    public long count(DataScope scope, CMarkStatus status) {
        return dsl.fetchCount(CMARK_DECLARATION, visible(scope).and(CMARK_DECLARATION.STATUS.eq(status.name())));
    }

    @Override
    public boolean liveForUniqueness(long enterpriseId) {
        return dsl.fetchExists(CMARK_DECLARATION, CMARK_DECLARATION.ENTERPRISE_ID.eq(enterpriseId)
                .and(CMARK_DECLARATION.STATUS.in(CMarkStatus.DECLARED.name(), CMarkStatus.ACCEPTED.name())));
    }

    @Override
    public long insert(long enterpriseId, String enterpriseName, String creditCode, String regionCode, String productScope,
                       LocalDate declaredOn, String contact) {
        return dsl.insertInto(CMARK_DECLARATION).set(CMARK_DECLARATION.ENTERPRISE_ID, enterpriseId)
                .set(CMARK_DECLARATION.ENTERPRISE_NAME, enterpriseName).set(CMARK_DECLARATION.CREDIT_CODE, creditCode)
                .set(CMARK_DECLARATION.REGION_CODE, regionCode).set(CMARK_DECLARATION.PRODUCT_SCOPE, productScope)
                .set(CMARK_DECLARATION.DECLARED_ON, declaredOn).set(CMARK_DECLARATION.CONTACT, contact)
                .set(CMARK_DECLARATION.STATUS, CMarkStatus.DECLARED.name())
                .set(CMARK_DECLARATION.CREATED_AT, now()).set(CMARK_DECLARATION.UPDATED_AT, now())
                .returningResult(CMARK_DECLARATION.ID).fetchOne().value1();
    }

    @Override
    public void review(long id, CMarkStatus status, String note, String reviewedBy, LocalDate reviewedOn) {
        dsl.update(CMARK_DECLARATION).set(CMARK_DECLARATION.STATUS, status.name()).set(CMARK_DECLARATION.REVIEW_NOTE, note)
                .set(CMARK_DECLARATION.REVIEWED_BY, reviewedBy).set(CMARK_DECLARATION.REVIEWED_ON, reviewedOn)
                .set(CMARK_DECLARATION.VERSION, CMARK_DECLARATION.VERSION.plus(1))
                .set(CMARK_DECLARATION.UPDATED_AT, now()).where(CMARK_DECLARATION.ID.eq(id)).execute();
    }

    @Override
    public ResultPage<CMarkDeclaration> publicAccepted(String keyword, int page, int size) {
        Condition where = keyword(CMARK_DECLARATION.STATUS.eq(CMarkStatus.ACCEPTED.name()), keyword);
        long total = dsl.fetchCount(CMARK_DECLARATION, where);
        List<CMarkDeclaration> items = dsl.selectFrom(CMARK_DECLARATION).where(where)
                .orderBy(CMARK_DECLARATION.REVIEWED_ON.desc(), CMARK_DECLARATION.ID.desc())
                .offset((page - 1) * size).limit(size).fetch(JooqCMarks::toDeclaration);
        return new ResultPage<>(items, total, page, size);
    }

    private static CMarkDeclaration toDeclaration(CmarkDeclarationRecord r) {
        return new CMarkDeclaration(r.getId(), r.getEnterpriseId(), r.getEnterpriseName(), r.getCreditCode(), r.getRegionCode(),
                r.getProductScope(), r.getDeclaredOn(), r.getContact(), CMarkStatus.valueOf(r.getStatus()), r.getReviewNote(),
                r.getReviewedBy(), r.getReviewedOn(), r.getVersion());
    }
}
