package org.greenledger.chaincode.contract.proceeds;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.IcmaCategory;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.api.proceeds.AllocationReport;
import org.greenledger.chaincode.api.proceeds.AllocationRequest;
import org.greenledger.chaincode.api.proceeds.FlagRequest;
import org.greenledger.chaincode.api.proceeds.ImpactMetric;
import org.greenledger.chaincode.api.proceeds.ImpactValue;
import org.greenledger.chaincode.api.proceeds.RegisterProjectRequest;
import org.greenledger.chaincode.api.proceeds.ReleaseRequest;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.governance.GovernanceContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Use of proceeds on the bond of {@link Market}, issued with net proceeds of VND 39,000,000 and a
 * framework that funds RENEWABLE_ENERGY only.
 */
class ProceedsContractTest {
    static final long NET = 39_000_000;
    private final ProceedsContract proceeds = new ProceedsContract();
    private Market market;
    private TestLedger ledger;

    @BeforeEach
    void issued() {
        market = new Market();
        ledger = market.ledger;
        market.issue();
        project(BANK_A_OPERATOR, "SOLAR-1", IcmaCategory.RENEWABLE_ENERGY, 60_000_000);
        project(BANK_A_OPERATOR, "WIND-2", IcmaCategory.RENEWABLE_ENERGY, 10_000_000);
        project(BANK_A_OPERATOR, "METRO-3", IcmaCategory.CLEAN_TRANSPORTATION, 90_000_000);
    }

    static RegisterProjectRequest projectRequest(String id, IcmaCategory category, long financing) {
        return new RegisterProjectRequest(id, id + " project", category, "VN", "Ninh Thuan", VERIFIER,
                Currency.of("VND"), financing, List.of(new ImpactValue(ImpactMetric.TCO2E_AVOIDED,
                        new BigDecimal("1000"))), "a".repeat(64));
    }

    private void project(TestIdentity who, String id, IcmaCategory category, long financing) {
        ledger.submit(who, ctx -> proceeds.RegisterProject(ctx, Json.encode(projectRequest(id, category, financing))));
    }

    private Allocation allocate(String allocationId, String projectId, long amount) {
        return Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest(allocationId, BOND, projectId, amount)))), Allocation.class);
    }

    private AllocationReport report() {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> proceeds.GetAllocationReport(ctx, BOND)),
                AllocationReport.class);
    }

    private Bond bond() {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> new BondContract().GetBond(ctx, BOND)), Bond.class);
    }

    @Test
    void allocated_plus_unallocated_is_net_proceeds_with_shares_per_project_and_category() {
        allocate("AL-1", "SOLAR-1", 20_000_000);
        allocate("AL-2", "WIND-2", 9_750_000);
        Allocation third = allocate("AL-3", "SOLAR-1", 5_000_000);
        assertEquals(third, ledger.lastEvent(EventType.PROCEEDS_ALLOCATED, Allocation.class));
        AllocationReport report = report();
        assertEquals(NET, report.netProceedsMinor());
        assertEquals(34_750_000, report.allocatedMinor());
        assertEquals(4_250_000, report.unallocatedMinor());
        assertEquals(report.netProceedsMinor(), report.allocatedMinor() + report.unallocatedMinor());
        assertEquals(2, report.projects().size());
        assertEquals("SOLAR-1", report.projects().get(0).projectId());
        assertEquals(25_000_000, report.projects().get(0).allocatedMinor());
        // 25,000,000 / 39,000,000 = 0.641025..., 9,750,000 / 39,000,000 = 0.25 exactly
        assertEquals(new BigDecimal("0.6410"), report.projects().get(0).shareOfNetProceeds());
        assertEquals(new BigDecimal("0.2500"), report.projects().get(1).shareOfNetProceeds());
        assertEquals(1, report.categories().size());
        assertEquals(new BigDecimal("0.8910"), report.categories().get(0).shareOfNetProceeds(), "34.75 / 39 = 0.89102...");
        assertFalse(report.covenantBreach());
    }

    @Test
    void the_ledger_refuses_more_than_net_proceeds_an_ineligible_category_and_overfinancing() {
        allocate("AL-1", "SOLAR-1", NET - 1);
        ledger.assertRefused(ErrorCode.PROCEEDS_EXCEEDED, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-2", BOND, "WIND-2", 2))));
        allocate("AL-2", "WIND-2", 1);
        assertEquals(0, report().unallocatedMinor());
        ledger.assertRefused(ErrorCode.CATEGORY_NOT_ELIGIBLE, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-3", BOND, "METRO-3", 1))));
        // WIND-2 needs 10,000,000 in all; after releasing room in the bond it still cannot take more.
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.ReleaseAllocation(ctx,
                Json.encode(new ReleaseRequest(BOND, "AL-1", 20_000_000))));
        allocate("AL-4", "WIND-2", 9_999_999);
        ledger.assertRefused(ErrorCode.PROCEEDS_EXCEEDED, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-5", BOND, "WIND-2", 1))));
    }

    @Test
    void a_replayed_allocation_changes_nothing_and_a_different_one_under_its_id_is_refused() {
        Allocation first = allocate("AL-1", "SOLAR-1", 1_000_000);
        int events = ledger.eventCount();
        assertEquals(first, allocate("AL-1", "SOLAR-1", 1_000_000));
        assertEquals(events, ledger.eventCount());
        assertEquals(1_000_000, report().allocatedMinor());
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-1", BOND, "SOLAR-1", 2_000_000))));
    }

    @Test
    void only_the_issuers_staff_allocate_its_bond_to_its_own_projects() {
        String request = Json.encode(new AllocationRequest("AL-1", BOND, "SOLAR-1", 1));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx, request));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> proceeds.AllocateProceeds(ctx, request));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx, request));
        project(BANK_B_OPERATOR, "B-SOLAR", IcmaCategory.RENEWABLE_ENERGY, 1_000_000);
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-2", BOND, "B-SOLAR", 1))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-3", BOND, "NO-SUCH", 1))));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                "{\"allocationId\":\"AL-4\",\"bondId\":\"" + BOND + "\",\"projectId\":\"SOLAR-1\",\"amountMinor\":0}"));
        ledger.assertRefused(ErrorCode.MALFORMED_REQUEST, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx, "{"));
    }

    @Test
    void projects_need_a_verifier_org_a_unique_id_and_an_issuer() {
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx,
                Json.encode(projectRequest("SOLAR-1", IcmaCategory.RENEWABLE_ENERGY, 1))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR, ctx -> proceeds.RegisterProject(ctx,
                Json.encode(projectRequest("X-1", IcmaCategory.RENEWABLE_ENERGY, 1))));
        RegisterProjectRequest byBank = projectRequest("X-2", IcmaCategory.RENEWABLE_ENERGY, 1);
        RegisterProjectRequest wrongVerifier = new RegisterProjectRequest("X-2", byBank.name(), byBank.category(),
                "VN", "Hanoi", BANK_A, byBank.currency(), 1, byBank.expectedImpact(), byBank.evidenceHash());
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx,
                Json.encode(wrongVerifier)));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx,
                Json.encode(projectRequest("X-3", IcmaCategory.RENEWABLE_ENERGY, 1)).replace("\"1000\"", "\"-1\"")
                        .replace("1000", "-1")));
    }

    @Test
    void proceeds_are_allocated_only_once_the_bond_is_issued() {
        Market fresh = new Market();
        fresh.ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.RegisterProject(ctx,
                Json.encode(projectRequest("SOLAR-1", IcmaCategory.RENEWABLE_ENERGY, 1_000_000))));
        fresh.ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR, ctx -> proceeds.AllocateProceeds(ctx,
                Json.encode(new AllocationRequest("AL-1", BOND, "SOLAR-1", 1))));
        fresh.ledger.assertRefused(ErrorCode.INVALID_STATE, REGULATOR_VIEWER,
                ctx -> proceeds.GetAllocationReport(ctx, BOND));
    }

    @Test
    void a_verifier_flag_is_a_covenant_breach_until_the_proceeds_are_released_or_the_flag_cleared() {
        allocate("AL-1", "SOLAR-1", 20_000_000);
        allocate("AL-2", "WIND-2", 5_000_000);
        FlagRequest finding = new FlagRequest(BOND, "AL-1", "b".repeat(64));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> proceeds.FlagAllocation(ctx, Json.encode(finding)));
        ledger.submit(VERIFIER_OPERATOR, ctx -> proceeds.FlagAllocation(ctx, Json.encode(finding)));
        AllocationFlag flag = ledger.lastEvent(EventType.ALLOCATION_FLAGGED, AllocationFlag.class);
        assertEquals(VERIFIER, flag.verifierMspId());
        assertNotNull(bond().covenantBreachedAt());
        assertTrue(report().covenantBreach());
        String flagKey = ledger.keys("allocationFlag").get(0);
        assertEquals(VERIFIER, mspOfFirstPrincipal(flagKey), "only a majority with the verifier changes the flag");
        ledger.assertRefused(ErrorCode.INVALID_STATE, VERIFIER_OPERATOR,
                ctx -> proceeds.FlagAllocation(ctx, Json.encode(finding)));

        // The issuer cures by releasing part, still in breach, then the rest and reallocating.
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.ReleaseAllocation(ctx,
                Json.encode(new ReleaseRequest(BOND, "AL-1", 15_000_000))));
        assertNotNull(bond().covenantBreachedAt());
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> proceeds.ReleaseAllocation(ctx,
                Json.encode(new ReleaseRequest(BOND, "AL-1", 5_000_001))));
        ledger.submit(BANK_A_OPERATOR, ctx -> proceeds.ReleaseAllocation(ctx,
                Json.encode(new ReleaseRequest(BOND, "AL-1", 5_000_000))));
        assertNull(bond().covenantBreachedAt());
        assertFalse(report().covenantBreach());
        allocate("AL-3", "WIND-2", 5_000_000);
        assertEquals(10_000_000, report().allocatedMinor());

        // A flag the verifier clears after review ends the breach too.
        FlagRequest second = new FlagRequest(BOND, "AL-2", "c".repeat(64));
        ledger.submit(VERIFIER_OPERATOR, ctx -> proceeds.FlagAllocation(ctx, Json.encode(second)));
        assertNotNull(bond().covenantBreachedAt());
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR,
                ctx -> proceeds.ClearAllocationFlag(ctx, Json.encode(second)));
        ledger.submit(VERIFIER_OPERATOR, ctx -> proceeds.ClearAllocationFlag(ctx,
                Json.encode(new FlagRequest(BOND, "AL-2", "d".repeat(64)))));
        assertNull(bond().covenantBreachedAt());
        ledger.assertRefused(ErrorCode.INVALID_STATE, VERIFIER_OPERATOR,
                ctx -> proceeds.ClearAllocationFlag(ctx, Json.encode(second)));
    }

    @Test
    void only_the_bonds_own_reviewer_flags_it() {
        allocate("AL-1", "SOLAR-1", 1_000);
        ledger.submit(ALLIANCE_ADMIN, ctx -> new GovernanceContract().RegisterOrg(ctx,
                Json.encode(new RegisterOrgRequest("Verifier2MSP", "Other verifier", List.of(OrgRole.VERIFIER)))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, TestIdentity.of("Verifier2MSP", "operator"),
                ctx -> proceeds.FlagAllocation(ctx, Json.encode(new FlagRequest(BOND, "AL-1", "b".repeat(64)))));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, TestIdentity.of(VERIFIER, "viewer"),
                ctx -> proceeds.FlagAllocation(ctx, Json.encode(new FlagRequest(BOND, "AL-1", "b".repeat(64)))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, VERIFIER_OPERATOR,
                ctx -> proceeds.FlagAllocation(ctx, Json.encode(new FlagRequest(BOND, "AL-9", "b".repeat(64)))));
    }

    private String mspOfFirstPrincipal(String key) {
        try {
            return org.hyperledger.fabric.protos.common.MSPRole.parseFrom(ledger.endorsementPolicy(key)
                    .getIdentities(0).getPrincipal()).getMspIdentifier();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }
}
