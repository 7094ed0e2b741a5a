package org.greenledger.client.console;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.bond.CouponPeriodRef;
import org.greenledger.chaincode.api.bond.CouponRecord;
import org.greenledger.chaincode.api.bond.Entitlement;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectQuery;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.holding.UnitsMoved;
import org.greenledger.chaincode.api.history.MovementPage;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.BondImpactQuery;
import org.greenledger.chaincode.api.proceeds.BondImpactReport;
import org.greenledger.chaincode.api.schedule.CouponSchedule;
import org.greenledger.client.Accounts;
import org.greenledger.client.Bonds;
import org.greenledger.client.CarbonProjects;
import org.greenledger.client.Cash;
import org.greenledger.client.Compliance;
import org.greenledger.client.Credits;
import org.greenledger.client.Documents;
import org.greenledger.client.EventSubscription;
import org.greenledger.client.Events;
import org.greenledger.client.Governance;
import org.greenledger.client.GreenLedger;
import org.greenledger.client.History;
import org.greenledger.client.Holdings;
import org.greenledger.client.Impact;
import org.greenledger.client.LedgerEvent;
import org.greenledger.client.OfflineSigning;
import org.greenledger.client.Proceeds;
import org.greenledger.client.RejectedException;
import org.greenledger.client.Trades;

/**
 * The SDK's facades over maps in this process: the reads the console makes answer from what a test
 * put in, with the ledger's refusals (NOT_FOUND, and NOT_AUTHORIZED for the regulator's history,
 * the outstanding totals and the list of account freezes when it acts as a bank); listings page
 * with an index as bookmark; writes are not part of it. Events are delivered when a test commits
 * one. Each facade is a proxy onto the read methods of a small class here with the same signature.
 */
final class InMemoryLedger implements GreenLedger {
    final String mspId;
    long height = 42;
    boolean regulator;

    final Map<String, Bond> bonds = new HashMap<>();
    final Map<String, List<CouponRecord>> couponRecords = new HashMap<>();
    final Map<CouponPeriodRef, List<Entitlement>> registers = new HashMap<>();
    final Map<String, AllocationReport> allocations = new HashMap<>();
    final Map<String, BondImpactReport> impacts = new HashMap<>();
    final Map<String, DepositToken> tokens = new HashMap<>();
    final Map<String, List<UnitsMoved>> movements = new HashMap<>();
    final Map<String, SandboxCap> caps = new HashMap<>();
    final Map<String, ReportingThreshold> thresholds = new HashMap<>();
    final Map<String, RegulatoryRecord> sanctions = new HashMap<>();
    final Map<String, RegulatoryRecord> pauses = new HashMap<>();
    final Map<String, RegulatoryRecord> freezes = new HashMap<>();
    /** The chaincode's outstanding totals, shown to the regulator only in this double. */
    final List<Outstanding> outstanding = new ArrayList<>();
    final Map<String, Account> accounts = new HashMap<>();
    final Map<String, CarbonProject> carbonProjects = new HashMap<>();
    final Map<String, ProjectCreditLedger> creditLedgers = new HashMap<>();
    final List<Consumer<LedgerEvent>> subscribers = new ArrayList<>();
    int reads;

    InMemoryLedger(String mspId, boolean regulator) {
        this.mspId = mspId;
        this.regulator = regulator;
    }

    /** Delivers a committed event to the subscribers, as the SDK's stream would. */
    void commit(LedgerEvent event) {
        height = Math.max(height, event.blockNumber() + 1);
        subscribers.forEach(s -> s.accept(event));
    }

    static RejectedException notFound(String what) {
        return RejectedException.of(ErrorCode.NOT_FOUND, what + " does not exist");
    }

    private static <T> T found(T value, String what) {
        if (value == null) {
            throw notFound(what);
        }
        return value;
    }

    // ---- the reads, one small class per facade ----

    final class BondReads {
        Bond get(String bondId) {
            reads++;
            return found(bonds.get(bondId), "bond " + bondId);
        }

        CouponSchedule couponSchedule(String bondId) {
            return CouponSchedule.of(get(bondId).terms().schedule());
        }

        CouponRecord couponRecord(CouponPeriodRef period) {
            List<CouponRecord> records = couponRecords.getOrDefault(period.bondId(), List.of());
            return found(records.stream().filter(r -> r.period() == period.period()).findFirst().orElse(null),
                    "coupon record " + period.bondId() + "/" + period.period());
        }

        BondPage find(BondQuery query) {
            List<Bond> matching = bonds.values().stream()
                    .filter(b -> query.status() == null || b.status() == query.status())
                    .filter(b -> query.issuerMspId() == null || query.issuerMspId().equals(b.terms().issuerMspId()))
                    .sorted(Comparator.comparing(Bond::bondId)).toList();
            Page<Bond> page = page(matching, query.pageSize(), query.bookmark());
            return new BondPage(page.items(), page.bookmark());
        }

        List<Entitlement> holderRegister(CouponPeriodRef period) {
            couponRecord(period);
            return registers.getOrDefault(period, List.of()).stream()
                    .filter(e -> regulator || visibleTo(e.accountId())).toList();
        }
    }

    /** A bank sees its own clients only (accounts named after it in this double). */
    boolean visibleTo(String accountId) {
        Account account = accounts.get(accountId);
        return account == null || account.custodianMspId().equals(mspId);
    }

    final class HistoryReads {
        MovementPage assetMovements(String assetId, int pageSize, String bookmark) {
            if (!regulator) {
                throw RejectedException.of(ErrorCode.NOT_AUTHORIZED, mspId + " may not read the movement history");
            }
            List<UnitsMoved> all = movements.getOrDefault(assetId, List.of());
            int start = bookmark == null || bookmark.isEmpty() ? 0 : Integer.parseInt(bookmark);
            int end = Math.min(all.size(), start + pageSize);
            return new MovementPage(all.subList(start, end), end < all.size() ? String.valueOf(end) : "");
        }

        MovementPage accountMovements(String accountId, int pageSize, String bookmark) {
            List<UnitsMoved> all = movements.values().stream().flatMap(List::stream)
                    .filter(m -> accountId.equals(m.fromAccountId()) || accountId.equals(m.toAccountId()))
                    .sorted(java.util.Comparator.comparing(UnitsMoved::at)).toList();
            String key = "account:" + accountId;
            movements.put(key, all);
            try {
                return assetMovements(key, pageSize, bookmark);
            } finally {
                movements.remove(key);
            }
        }
    }

    final class ProceedsReads {
        AllocationReport allocationReport(String bondId) {
            bondReads.get(bondId);
            return found(allocations.get(bondId), "allocation report of " + bondId);
        }
    }

    final class ImpactReads {
        BondImpactReport bondImpact(BondImpactQuery query) {
            return found(impacts.get(query.bondId()), "impact of " + query.bondId());
        }
    }

    final class CashReads {
        DepositToken token(String tokenId) {
            return found(tokens.get(tokenId), "deposit token " + tokenId);
        }

        DepositTokenPage findTokens(DepositTokenQuery query) {
            List<DepositToken> matching = tokens.values().stream()
                    .filter(t -> query.issuerMspId() == null || query.issuerMspId().equals(t.issuerMspId()))
                    .sorted(Comparator.comparing(DepositToken::tokenId)).toList();
            Page<DepositToken> page = page(matching, query.pageSize(), query.bookmark());
            return new DepositTokenPage(page.items(), page.bookmark());
        }
    }

    /** One page of a listing and the bookmark of the next; the bookmark is an index in this double. */
    record Page<T>(List<T> items, String bookmark) {
    }

    /** Counts listing pages read, so a test sees that the console pages through. */
    int listingPages;

    <T> Page<T> page(List<T> all, int pageSize, String bookmark) {
        listingPages++;
        int start = bookmark == null || bookmark.isEmpty() ? 0 : Integer.parseInt(bookmark);
        int end = Math.min(all.size(), start + pageSize);
        return new Page<>(all.subList(start, end), end < all.size() ? String.valueOf(end) : "");
    }

    final class ComplianceReads {
        SandboxCap sandboxCap(AssetClass assetClass, String currency) {
            return found(caps.get(assetClass + "/" + currency), "sandbox cap " + assetClass + "/" + currency);
        }

        ReportingThreshold reportingThreshold(String currency) {
            return found(thresholds.get(currency), "reporting threshold " + currency);
        }

        RegulatoryRecord sanction(String accountId) {
            return found(sanctions.get(accountId), "sanction of " + accountId);
        }

        RegulatoryRecord assetPause(String assetId) {
            return found(pauses.get(assetId), "pause of asset " + assetId);
        }

        RegulatoryRecord accountFreeze(String accountId) {
            new AccountReads().get(accountId);
            return found(freezes.get(accountId), "freeze of account " + accountId);
        }

        MeasurePage measures(MeasureQuery query) {
            Map<String, RegulatoryRecord> kind = switch (query.kind()) {
                case SANCTION -> sanctions;
                case ASSET_PAUSE -> pauses;
                case ACCOUNT_FREEZE -> {
                    requireOverseer("the account freezes");
                    yield freezes;
                }
            };
            List<RegulatoryRecord> all = kind.values().stream()
                    .sorted(Comparator.comparing(RegulatoryRecord::targetId)).toList();
            Page<RegulatoryRecord> page = page(all, query.pageSize(), query.bookmark());
            return new MeasurePage(query.kind(), page.items(), page.bookmark());
        }

        List<SandboxCap> sandboxCaps() {
            // By key, as the chaincode's range read returns them: class name, then currency code.
            return caps.values().stream().sorted(Comparator.comparing((SandboxCap c) -> c.assetClass().name())
                    .thenComparing(c -> c.currency().code())).toList();
        }

        List<ReportingThreshold> reportingThresholds() {
            return thresholds.values().stream().sorted(Comparator.comparing(t -> t.currency().code())).toList();
        }

        List<Outstanding> outstanding() {
            requireOverseer("the outstanding totals");
            return List.copyOf(outstanding);
        }
    }

    private void requireOverseer(String what) {
        if (!regulator) {
            throw RejectedException.of(ErrorCode.NOT_AUTHORIZED, mspId + " may not read " + what);
        }
    }

    final class AccountReads {
        Account get(String accountId) {
            Account account = found(accounts.get(accountId), "account " + accountId);
            if (!regulator && !account.custodianMspId().equals(mspId)) {
                throw RejectedException.of(ErrorCode.NOT_AUTHORIZED, mspId + " may not read accounts held at "
                        + account.custodianMspId());
            }
            return account;
        }
    }

    final class CarbonReads {
        CarbonProject get(String projectId) {
            return found(carbonProjects.get(projectId), "carbon project " + projectId);
        }

        CarbonProjectPage find(CarbonProjectQuery query) {
            List<CarbonProject> matching = carbonProjects.values().stream()
                    .filter(p -> query.status() == null || p.status() == query.status())
                    .sorted(Comparator.comparing(CarbonProject::projectId)).toList();
            Page<CarbonProject> page = page(matching, query.pageSize(), query.bookmark());
            return new CarbonProjectPage(page.items(), page.bookmark());
        }
    }

    final class CreditReads {
        ProjectCreditLedger projectLedger(String projectId) {
            return found(creditLedgers.get(projectId), "carbon project " + projectId);
        }
    }

    final class EventReads {
        EventSubscription subscribe(Path checkpointFile, long startBlock, Consumer<LedgerEvent> handler) {
            subscribers.add(handler);
            return new EventSubscription() {
                @Override
                public int reconnections() {
                    return 0;
                }

                @Override
                public Optional<Throwable> failure() {
                    return Optional.empty();
                }

                @Override
                public void close() {
                    subscribers.remove(handler);
                }
            };
        }
    }

    private final BondReads bondReads = new BondReads();

    /** A facade whose methods are the reads' methods of the same signature; any other is refused. */
    private static <T> T facade(Class<T> type, Object reads) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "in-memory " + type.getSimpleName()
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
            }
            Method read;
            try {
                read = reads.getClass().getDeclaredMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                        + " is not part of the in-memory ledger");
            }
            read.setAccessible(true);
            try {
                return read.invoke(reads, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Override
    public GreenLedger withDeadline(java.time.Duration perCall) {
        return this;
    }

    @Override
    public Governance governance() {
        return facade(Governance.class, new Object());
    }

    @Override
    public Accounts accounts() {
        return facade(Accounts.class, new AccountReads());
    }

    @Override
    public Bonds bonds() {
        return facade(Bonds.class, bondReads);
    }

    @Override
    public Compliance compliance() {
        return facade(Compliance.class, new ComplianceReads());
    }

    @Override
    public Cash cash() {
        return facade(Cash.class, new CashReads());
    }

    @Override
    public Holdings holdings() {
        return facade(Holdings.class, new Object());
    }

    @Override
    public Trades trades() {
        return facade(Trades.class, new Object());
    }

    @Override
    public Proceeds proceeds() {
        return facade(Proceeds.class, new ProceedsReads());
    }

    @Override
    public Impact impact() {
        return facade(Impact.class, new ImpactReads());
    }

    @Override
    public Documents documents() {
        return facade(Documents.class, new Object());
    }

    @Override
    public History history() {
        return facade(History.class, new HistoryReads());
    }

    @Override
    public CarbonProjects carbonProjects() {
        return facade(CarbonProjects.class, new CarbonReads());
    }

    @Override
    public Credits credits() {
        return facade(Credits.class, new CreditReads());
    }

    @Override
    public Events events() {
        return facade(Events.class, new EventReads());
    }

    @Override
    public OfflineSigning offline() {
        return facade(OfflineSigning.class, new Object());
    }

    @Override
    public long blockHeight() {
        return height;
    }

    @Override
    public String mspId() {
        return mspId;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
