package org.metrolex.identity.persistence;

import static org.metrolex.platform.jooq.Tables.API_TOKEN;
import static org.metrolex.platform.jooq.Tables.APP_USER;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.metrolex.identity.domain.Account;
import org.metrolex.identity.domain.ApiToken;
import org.metrolex.platform.jooq.tables.records.AppUserRecord;
import org.metrolex.platform.scope.Role;
import org.springframework.stereotype.Repository;

@Repository
class JooqAccounts implements Accounts {

    private final DSLContext dsl;
    private final Clock clock;

    JooqAccounts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Business timestamps come from the application's clock, not the database's (the column defaults are a fallback). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional().map(JooqAccounts::toAccount);
    }

    @Override
    public Optional<Account> findById(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(JooqAccounts::toAccount);
    }

    @Override
    public List<Account> all() {
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.ID).fetch().map(JooqAccounts::toAccount);
    }

    @Override
    public long create(String username, String displayName, String passwordHash, Role role, String regionCode, Long partyId) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.REGION_CODE, regionCode)
                .set(APP_USER.PARTY_ID, partyId)
                .set(APP_USER.CREATED_AT, now()).set(APP_USER.UPDATED_AT, now())
                .returning(APP_USER.ID).fetchOne().getId();
    }

    @Override
    public int countFailure(long id, Instant now) {
        OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
        var lockExpired = APP_USER.LOCKED_UNTIL.isNotNull().and(APP_USER.LOCKED_UNTIL.le(t));
        return dsl.update(APP_USER)
                .set(APP_USER.FAILED_ATTEMPTS, DSL.when(lockExpired, DSL.inline(1)).otherwise(APP_USER.FAILED_ATTEMPTS.plus(1)))
                .set(APP_USER.LOCKED_UNTIL, DSL.when(lockExpired, DSL.castNull(APP_USER.LOCKED_UNTIL)).otherwise(APP_USER.LOCKED_UNTIL))
                .set(APP_USER.UPDATED_AT, now())
                .where(APP_USER.ID.eq(id))
                .returning(APP_USER.FAILED_ATTEMPTS).fetchOne().getFailedAttempts();
    }

    @Override
    public void lock(long id, Instant until) {
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, until.atOffset(ZoneOffset.UTC)).where(APP_USER.ID.eq(id)).execute();
    }

    @Override
    public void recordSuccess(long id) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id).and(APP_USER.FAILED_ATTEMPTS.ne(0).or(APP_USER.LOCKED_UNTIL.isNotNull())))
                .execute();
    }

    @Override
    public void unlock(long id) {
        dsl.update(APP_USER).set(APP_USER.FAILED_ATTEMPTS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id)).execute();
    }

    @Override
    public long createToken(long userId, String name, String tokenHash, Instant expiresAt) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.EXPIRES_AT, expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC))
                .set(API_TOKEN.CREATED_AT, now())
                .returning(API_TOKEN.ID).fetchOne().getId();
    }

    @Override
    public Optional<ActiveToken> findByActiveToken(String tokenHash, Instant now, Instant issuedAfter) {
        OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
        return dsl.select(APP_USER.fields()).select(API_TOKEN.ID, API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN).join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(API_TOKEN.REVOKED_AT.isNull())
                .and(API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(t)))
                .and(API_TOKEN.CREATED_AT.gt(issuedAfter.atOffset(ZoneOffset.UTC)))
                .and(APP_USER.ENABLED.isTrue())
                .fetchOptional().map(r -> new ActiveToken(toAccount(r.into(APP_USER)), r.get(API_TOKEN.ID),
                        instant(r.get(API_TOKEN.LAST_USED_AT))));
    }

    @Override
    public void touchToken(long tokenId, Instant now, Instant unlessUsedAfter) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now.atOffset(ZoneOffset.UTC))
                .where(API_TOKEN.ID.eq(tokenId))
                .and(API_TOKEN.LAST_USED_AT.isNull().or(API_TOKEN.LAST_USED_AT.le(unlessUsedAfter.atOffset(ZoneOffset.UTC))))
                .execute();
    }

    @Override
    public List<ApiToken> tokens() {
        return dsl.select(API_TOKEN.fields()).select(APP_USER.USERNAME).from(API_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .orderBy(API_TOKEN.ID.desc()).fetch(JooqAccounts::toToken);
    }

    @Override
    public Optional<ApiToken> findToken(long tokenId) {
        return dsl.select(API_TOKEN.fields()).select(APP_USER.USERNAME).from(API_TOKEN)
                .join(APP_USER).on(APP_USER.ID.eq(API_TOKEN.USER_ID))
                .where(API_TOKEN.ID.eq(tokenId)).fetchOptional(JooqAccounts::toToken);
    }

    @Override
    public boolean revokeToken(long tokenId, Instant now) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, now.atOffset(ZoneOffset.UTC))
                .where(API_TOKEN.ID.eq(tokenId).and(API_TOKEN.REVOKED_AT.isNull())).execute() == 1;
    }

    private static ApiToken toToken(org.jooq.Record r) {
        return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.USER_ID), r.get(APP_USER.USERNAME), r.get(API_TOKEN.NAME),
                instant(r.get(API_TOKEN.CREATED_AT)), instant(r.get(API_TOKEN.EXPIRES_AT)),
                instant(r.get(API_TOKEN.REVOKED_AT)), instant(r.get(API_TOKEN.LAST_USED_AT)));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    private static Account toAccount(AppUserRecord r) {
        return new Account(r.getId(), r.getUsername(), r.getDisplayName(), r.getPasswordHash(), Role.valueOf(r.getRole()),
                r.getRegionCode(), r.getPartyId(), r.getEnabled(), r.getFailedAttempts(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant());
    }
}
