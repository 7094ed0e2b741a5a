package org.greenledger.chaincode.contract.proceeds;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.bond.IssueBondRequest;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.bond.ReviewBondRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.AttestImpactRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.GreenProject;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactReport;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import org.greenledger.chaincode.api.proceeds.ReportImpactRequest;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.greenledger.chaincode.contract.support.Fuzz.Step;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against use of proceeds and impact. A transaction that needs
 * an earlier one (a release, a flag or a clearance needs an allocation; an attestation a report)
 * gets it submitted by its template under ids of its own input, so every transaction has
 * something to apply to. Each block of {@value #INPUTS_PER_BOND} inputs works on a bond and a
 * project of its own: the contract reads all of a bond's allocations on every allocation, release
 * and flag, so one bond for all inputs would make the run quadratic. After each applied input:
 * the bond's allocation report shows exactly what the run allocated less what it released, never
 * more than net proceeds; the covenant breach the bond stores agrees with the open flags the
 * report derives; and what was applied is what was asked.
 */
class ProceedsFuzzTest {
    /** Inputs per transaction and bond: four of the transactions allocate, so a bond gets at most 40 allocations. */
    private static final int PER_STEP = 10;
    private static final int INPUTS_PER_BOND = 7 * PER_STEP;
    /** Each bond issues 10 units of VND 100,000 without issuance costs. */
    private static final long NET_PER_BOND = 1_000_000;
    /** A bond's allocations, each at most this, fill at most its net proceeds: a valid allocation always fits. */
    private static final int MAX_AMOUNT = (int) (NET_PER_BOND / (4 * PER_STEP));
    private static final LocalDate FIRST_DAY = LocalDate.parse("1990-01-01");

    private final ProceedsContract proceeds = new ProceedsContract();
    private final ImpactContract impact = new ImpactContract();
    private final Market market = new Market();
    private final TestLedger ledger = market.ledger;
    /** The bonds issued so far, one per block of inputs. */
    private final List<String> bonds = new ArrayList<>();
    /** Outstanding allocations per bond by the run's own count: allocated minus released. */
    private final Map<String, Long> allocated = new HashMap<>();

    @Test
    void every_generated_request_is_refused_with_a_code_and_no_change_or_applied_as_asked() {
        List<Checked> family = List.of(
                new Checked(new Step("proceeds:RegisterProject", BANK_A_OPERATOR,
                        (r, n) -> Json.encode(ProceedsContractTest.projectRequest("PRJ-" + n, IcmaCategory.values()[
                                r.nextInt(IcmaCategory.values().length)], 1 + r.nextInt(1_000_000_000))),
                        proceeds::RegisterProject), this::registeredAsAsked),
                new Checked(new Step("proceeds:AllocateProceeds", BANK_A_OPERATOR,
                        (r, n) -> Json.encode(new AllocationRequest("AL-" + n, bondFor(n), projectOf(n), amount(r))),
                        proceeds::AllocateProceeds), input -> {
                            AllocationRequest asked = Json.decode(input, AllocationRequest.class);
                            allocated.merge(asked.bondId(), asked.amountMinor(), Long::sum);
                            proceedsAddUp(asked.bondId());
                        }),
                new Checked(new Step("proceeds:ReleaseAllocation", BANK_A_OPERATOR, (r, n) -> {
                    long amount = allocate(n, "RL-" + n, amount(r));
                    return Json.encode(new ReleaseRequest(bondFor(n), "RL-" + n, 1 + r.nextLong(amount)));
                }, proceeds::ReleaseAllocation), input -> {
                    ReleaseRequest asked = Json.decode(input, ReleaseRequest.class);
                    allocated.merge(asked.bondId(), -asked.amountMinor(), Long::sum);
                    proceedsAddUp(asked.bondId());
                }),
                new Checked(new Step("proceeds:FlagAllocation", VERIFIER_OPERATOR, (r, n) -> {
                    allocate(n, "FL-" + n, amount(r));
                    return Json.encode(new FlagRequest(bondFor(n), "FL-" + n, "f".repeat(64)));
                }, proceeds::FlagAllocation), this::flaggedAsAsked),
                new Checked(new Step("proceeds:ClearAllocationFlag", VERIFIER_OPERATOR, (r, n) -> {
                    allocate(n, "CL-" + n, amount(r));
                    ledger.submit(VERIFIER_OPERATOR, ctx -> proceeds.FlagAllocation(ctx,
                            Json.encode(new FlagRequest(bondFor(n), "CL-" + n, "f".repeat(64)))));
                    return Json.encode(new FlagRequest(bondFor(n), "CL-" + n, "c".repeat(64)));
                }, proceeds::ClearAllocationFlag), this::clearedAsAsked),
                new Checked(new Step("impact:ReportImpact", BANK_A_OPERATOR, (r, n) -> Json.encode(day(r, n)),
                        impact::ReportImpact), this::reportedAsAsked),
                new Checked(new Step("impact:AttestImpact", VERIFIER_OPERATOR, (r, n) -> {
                    ReportImpactRequest day = day(r, n);
                    ledger.submit(BANK_A_OPERATOR, ctx -> impact.ReportImpact(ctx, Json.encode(day)));
                    return Json.encode(new AttestImpactRequest(day.projectId(), day.periodStart(), "a".repeat(64)));
                }, impact::AttestImpact), this::attestedAsAsked));

        String counts = new Fuzz().runFamily("use of proceeds and impact", ledger,
                family.stream().map(Checked::step).toList(), (input, n) -> {
                    // Fuzz takes the family's steps in turn: input n went to step n % size.
                    Checked checked = family.get(n % family.size());
                    try {
                        checked.applied().accept(input);
                    } catch (AssertionError e) {
                        throw new AssertionError(checked.step().name() + " #" + n + " on " + Fuzz.shown(input), e);
                    }
                });
        System.out.println(counts);
    }

    /** A step and what must hold once one of its inputs was applied. */
    private record Checked(Step step, Consumer<String> applied) {
    }

    /**
     * The bond's report shows what the run allocated less what it released, within net
     * proceeds; and the covenant breach the bond stores (written by flags, clearances and
     * releases) is the one the report derives from the open flags. Returns the report.
     */
    private AllocationReport proceedsAddUp(String bondId) {
        AllocationReport report = read(ctx -> proceeds.GetAllocationReport(ctx, bondId), AllocationReport.class);
        assertEquals(allocated.getOrDefault(bondId, 0L), report.allocatedMinor(), bondId + " outstanding allocations");
        assertTrue(report.allocatedMinor() <= report.netProceedsMinor(), bondId + " allocated more than net proceeds");
        assertEquals(report.netProceedsMinor(), report.allocatedMinor() + report.unallocatedMinor());
        Bond bond = read(ctx -> new BondContract().GetBond(ctx, bondId), Bond.class);
        assertEquals(report.covenantBreach(), bond.covenantBreachedAt() != null, bondId + " stored covenant breach");
        return report;
    }

    private void registeredAsAsked(String input) {
        RegisterProjectRequest asked = Json.decode(input, RegisterProjectRequest.class);
        GreenProject project = read(ctx -> proceeds.GetProject(ctx, asked.projectId()), GreenProject.class);
        assertEquals(asked, project.terms());
        assertEquals(BANK_A, project.issuerMspId());
    }

    private void flaggedAsAsked(String input) {
        FlagRequest asked = Json.decode(input, FlagRequest.class);
        List<AllocationFlag> flags = openFlags(proceedsAddUp(asked.bondId()), asked.allocationId());
        assertEquals(1, flags.size(), "open flags on " + asked.allocationId());
        assertEquals(List.of(VERIFIER, asked.reasonHash()),
                List.of(flags.get(0).verifierMspId(), flags.get(0).findingHash()));
    }

    private void clearedAsAsked(String input) {
        FlagRequest asked = Json.decode(input, FlagRequest.class);
        assertEquals(List.of(), openFlags(proceedsAddUp(asked.bondId()), asked.allocationId()));
    }

    private static List<AllocationFlag> openFlags(AllocationReport report, String allocationId) {
        return report.openFlags().stream().filter(f -> f.allocationId().equals(allocationId)).toList();
    }

    private void reportedAsAsked(String input) {
        ReportImpactRequest asked = Json.decode(input, ReportImpactRequest.class);
        ImpactReport stored = reportOf(asked.projectId(), asked.periodStart());
        assertEquals(asked, stored.report());
        assertEquals(BANK_A, stored.reportedBy());
    }

    private void attestedAsAsked(String input) {
        AttestImpactRequest asked = Json.decode(input, AttestImpactRequest.class);
        ImpactReport stored = reportOf(asked.projectId(), asked.periodStart());
        assertEquals(List.of(VERIFIER, asked.statementHash()), List.of(stored.verifierMspId(), stored.statementHash()));
        assertTrue(stored.attested());
    }

    private ImpactReport reportOf(String projectId, LocalDate periodStart) {
        ImpactReport[] reports = read(ctx -> impact.ListImpactReports(ctx, projectId), ImpactReport[].class);
        List<ImpactReport> found = List.of(reports).stream()
                .filter(r -> r.report().periodStart().equals(periodStart)).toList();
        assertEquals(1, found.size(), "reports of " + projectId + " from " + periodStart);
        return found.get(0);
    }

    /** A read as the regulator; its answer is the ledger's own JSON, so it is decoded as stored. */
    private <T> T read(Function<GreenLedgerContext, String> query, Class<T> type) {
        return Json.decodeStored(ledger.evaluate(REGULATOR_VIEWER, query).getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * The bond of input n's block, issued when the block starts (by Bank A, reviewed by the
     * verifier, 10 units to A1) with a renewable-energy project to finance and report on.
     */
    private String bondFor(int n) {
        int block = n / INPUTS_PER_BOND;
        while (bonds.size() <= block) {
            String bondId = Isin.complete(String.format("VNFUZZ%05d", bonds.size()));
            BondTerms t = Market.terms();
            BondTerms terms = new BondTerms(bondId, t.issuerMspId(), t.issuerAccountId(), t.name(), t.currency(),
                    t.denominationMinor(), t.maxUnits(), t.couponType(), t.couponRate(), t.schedule(),
                    t.eligibleInvestors(), t.perAccountLimitUnits(), t.framework(), t.lockUpUntil());
            BondContract bond = new BondContract();
            IssuanceContract issuance = new IssuanceContract();
            ledger.submit(BANK_A_OPERATOR, ctx -> bond.CreateBond(ctx, Json.encode(terms)));
            ledger.submit(VERIFIER_OPERATOR, ctx -> bond.ReviewBond(ctx,
                    Json.encode(new ReviewBondRequest(bondId, "d".repeat(64)))));
            ledger.submit(ALLIANCE_OPERATOR, ctx -> bond.ApproveBond(ctx, bondId));
            ledger.submit(BANK_A_OPERATOR, ctx -> bond.OpenSubscriptions(ctx, bondId));
            ledger.submit(BANK_A_OPERATOR, ctx -> issuance.Subscribe(ctx,
                    Json.encode(new SubscribeRequest("S-" + bondId, bondId, "A1", 10, Market.CASH_A))));
            ledger.submit(BANK_A_OPERATOR, ctx -> issuance.IssueBond(ctx,
                    Json.encode(new IssueBondRequest(bondId, List.of(), 0, 100))));
            ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx, Json.encode(
                    ProceedsContractTest.projectRequest(projectOf(n), IcmaCategory.RENEWABLE_ENERGY, NET_PER_BOND))));
            bonds.add(bondId);
        }
        return bonds.get(block);
    }

    /** The project of input n's block; its bond alone finances it. */
    private static String projectOf(int n) {
        return "SOLAR-" + n / INPUTS_PER_BOND;
    }

    /** Allocates what input n's request needs, counting it; returns the amount. */
    private long allocate(int n, String allocationId, long amount) {
        String bondId = bondFor(n);
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest(allocationId, bondId, projectOf(n), amount))));
        allocated.merge(bondId, amount, Long::sum);
        return amount;
    }

    private static long amount(Random random) {
        return 1 + random.nextInt(MAX_AMOUNT);
    }

    /** Input n's one-day period on its block's project: a day of its own, long past. */
    private ReportImpactRequest day(Random random, int n) {
        bondFor(n); // registers the block's project with its bond
        LocalDate day = FIRST_DAY.plusDays(n);
        return new ReportImpactRequest(projectOf(n), day, day, List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED,
                BigDecimal.valueOf(random.nextInt(1_000_000), 3))), "e".repeat(64));
    }
}
