package org.metrolex.verification.persistence;

import static org.metrolex.platform.jooq.Tables.CERTIFICATE;
import static org.metrolex.platform.jooq.Tables.ENTERPRISE;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT_CATEGORY;
import static org.metrolex.platform.jooq.Tables.INSTRUMENT_DUE;
import static org.metrolex.platform.jooq.Tables.OVERDUE_NOTICE;
import static org.metrolex.platform.jooq.Tables.VERIFICATION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.metrolex.platform.paging.ResultPage;
import org.metrolex.platform.scope.DataScope;
import org.metrolex.verification.domain.CertificateKind;
import org.springframework.stereotype.Repository;

@Repository
class JooqOverdueCases implements OverdueCases {

    private final DSLContext dsl;

    JooqOverdueCases(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The cases: every recorded notice, and every instrument overdue today without one yet (same rule as the overdue list). */
    private Table<?> cases(LocalDate today) {
        var later = OVERDUE_NOTICE.as("later");
        return dsl.select(OVERDUE_NOTICE.INSTRUMENT_ID.as("iid"), OVERDUE_NOTICE.DUE_DATE.as("due"), OVERDUE_NOTICE.NOTICED_AT.as("noticed_at"),
                        OVERDUE_NOTICE.READ_AT.as("read_at"), OVERDUE_NOTICE.READ_BY.as("read_by"))
                .from(OVERDUE_NOTICE)
                .unionAll(dsl.select(INSTRUMENT_DUE.INSTRUMENT_ID, INSTRUMENT_DUE.NEXT_DUE, DSL.castNull(OVERDUE_NOTICE.NOTICED_AT),
                                DSL.castNull(OVERDUE_NOTICE.READ_AT), DSL.castNull(OVERDUE_NOTICE.READ_BY))
                        .from(INSTRUMENT_DUE)
                        .where(INSTRUMENT_DUE.KIND.eq(DSL.inline(CertificateKind.CERTIFICATE.name())).and(INSTRUMENT_DUE.NEXT_DUE.le(today))
                                .and(DSL.notExists(DSL.selectOne().from(later).where(later.INSTRUMENT_ID.eq(INSTRUMENT_DUE.INSTRUMENT_ID)
                                        .and(later.DUE_DATE.eq(INSTRUMENT_DUE.NEXT_DUE)))))))
                .asTable("k");
    }

    private record Query(Table<?> k, Field<Long> iid, Field<LocalDate> due, Field<OffsetDateTime> noticedAt, Field<OffsetDateTime> readAt,
                         Field<String> readBy, Condition reverified, Field<String> certificateNumber) {
    }

    private Query query(LocalDate today) {
        Table<?> k = cases(today);
        Field<Long> iid = k.field("iid", Long.class);
        Field<LocalDate> due = k.field("due", LocalDate.class);
        // Closed when the instrument's latest valid document is no longer the certificate that fell due: a later
        // certificate (a later due date, or none for an initial-only one) or a notice of non-conformity. A revocation
        // that brings back an older certificate (an earlier due date) does not close it.
        Condition reverified = INSTRUMENT_DUE.INSTRUMENT_ID.isNotNull().and(INSTRUMENT_DUE.KIND.ne(DSL.inline(CertificateKind.CERTIFICATE.name()))
                .or(INSTRUMENT_DUE.NEXT_DUE.isNull()).or(INSTRUMENT_DUE.NEXT_DUE.gt(due)));
        var c = CERTIFICATE.as("fell_due");
        var v = VERIFICATION.as("fell_due_v");
        Field<String> number = DSL.field(DSL.select(c.NUMBER).from(c).join(v).on(v.ID.eq(c.VERIFICATION_ID))
                .where(v.INSTRUMENT_ID.eq(iid).and(c.NEXT_DUE.eq(due)).and(c.KIND.eq(DSL.inline(CertificateKind.CERTIFICATE.name()))))
                .orderBy(c.ID.desc()).limit(1));
        return new Query(k, iid, due, k.field("noticed_at", OffsetDateTime.class), k.field("read_at", OffsetDateTime.class),
                k.field("read_by", String.class), reverified, number);
    }

    private static Condition where(Query q, DataScope scope, String show, Set<String> regionCodes, String categoryCode, String owner) {
        Condition c = scope.where(INSTRUMENT.REGION_CODE, INSTRUMENT.OWNER_ENTERPRISE_ID, DataScope.PartyKind.ENTERPRISE);
        if (regionCodes != null) {
            c = c.and(INSTRUMENT.REGION_CODE.in(regionCodes));
        }
        if (categoryCode != null) {
            c = c.and(INSTRUMENT.CATEGORY_CODE.eq(categoryCode));
        }
        if (owner != null) {
            c = c.and(ENTERPRISE.NAME.containsIgnoreCase(owner).or(ENTERPRISE.CREDIT_CODE.eq(owner.toUpperCase())));
        }
        Condition open = DSL.coalesce(q.reverified(), DSL.inline(false)).isFalse();
        return switch (show) {
            case "UNREAD" -> c.and(open).and(q.noticedAt().isNotNull()).and(q.readAt().isNull());
            case "REVERIFIED" -> c.and(q.reverified());
            case "ALL" -> c;
            default -> c.and(open);
        };
    }

    private org.jooq.SelectConditionStep<Record> select(Query q, Condition where) {
        List<org.jooq.SelectFieldOrAsterisk> fields = List.of(q.iid(), q.due(), q.certificateNumber().as("number"), INSTRUMENT.CATEGORY_CODE,
                INSTRUMENT_CATEGORY.NAME_ZH, INSTRUMENT_CATEGORY.NAME_EN, INSTRUMENT.SERIAL_NUMBER, INSTRUMENT.OWNER_ENTERPRISE_ID,
                ENTERPRISE.NAME, INSTRUMENT.REGION_CODE, q.noticedAt(), q.readAt(), q.readBy(),
                DSL.when(q.reverified(), INSTRUMENT_DUE.NUMBER).as("reverified_number"));
        return dsl.select(fields)
                .from(q.k())
                .join(INSTRUMENT).on(INSTRUMENT.ID.eq(q.iid()))
                .join(INSTRUMENT_CATEGORY).on(INSTRUMENT_CATEGORY.CODE.eq(INSTRUMENT.CATEGORY_CODE))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(INSTRUMENT.OWNER_ENTERPRISE_ID))
                .leftJoin(INSTRUMENT_DUE).on(INSTRUMENT_DUE.INSTRUMENT_ID.eq(q.iid()))
                .where(where);
    }

    /** Still-open cases oldest due first (the most urgent); closed or all cases newest first. */
    private static List<SortField<?>> order(Query q, String show) {
        boolean open = show.equals("OPEN") || show.equals("UNREAD");
        return List.of(open ? q.due().asc() : q.due().desc(), q.iid().asc());
    }

    @Override
    public ResultPage<Row> search(DataScope scope, LocalDate today, String show, Set<String> regionCodes, String categoryCode,
                                  String owner, int page, int size) {
        Query q = query(today);
        Condition where = where(q, scope, show, regionCodes, categoryCode, owner);
        long total = dsl.fetchCount(select(q, where));
        List<Row> items = select(q, where).orderBy(order(q, show)).offset((page - 1) * size).limit(size).fetch(r -> row(q, r));
        return new ResultPage<>(items, total, page, size);
    }

    @Override
    public void forEach(DataScope scope, LocalDate today, String show, Set<String> regionCodes, String categoryCode,
                        String owner, Consumer<Row> consumer) {
        Query q = query(today);
        try (var cursor = select(q, where(q, scope, show, regionCodes, categoryCode, owner)).orderBy(order(q, show)).fetchSize(500).fetchLazy()) {
            cursor.forEach(r -> consumer.accept(row(q, r)));
        }
    }

    private static Row row(Query q, Record r) {
        return new Row(r.get(q.iid()), r.get(q.due()), r.get("number", String.class), r.get(INSTRUMENT.CATEGORY_CODE),
                r.get(INSTRUMENT_CATEGORY.NAME_ZH), r.get(INSTRUMENT_CATEGORY.NAME_EN), r.get(INSTRUMENT.SERIAL_NUMBER),
                r.get(INSTRUMENT.OWNER_ENTERPRISE_ID), r.get(ENTERPRISE.NAME), r.get(INSTRUMENT.REGION_CODE), r.get(q.noticedAt()),
                r.get(q.readAt()), r.get(q.readBy()), r.get("reverified_number", String.class));
    }
}
