package org.greenledger.chaincode.contract.supervision;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.compliance.ForcedTransfer;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.api.governance.ProposalStatus;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForcedTransferContractTest {
    private static final String TOKEN = "CASH-BANKA-VND";
    private static final String ORDER = "6".repeat(64);

    private final ForcedTransferContract forced = new ForcedTransferContract();
    private final ComplianceContract compliance = new ComplianceContract();
    private TestLedger ledger;

    @BeforeEach
    void fundedFrozenAccount() {
        ledger = new TestLedger();
        Members.register(ledger);
        open(BANK_A_OPERATOR, "A1", BANK_A);
        open(BANK_B_OPERATOR, "B1", BANK_B);
        ledger.submit(BANK_A_OPERATOR, ctx -> new CashContract().CreateDepositToken(ctx,
                Json.encode(new CreateDepositTokenRequest(TOKEN, Currency.of("VND")))));
        ledger.submit(BANK_A_OPERATOR, ctx -> new CashContract().Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), TOKEN, "A1", 1_000))));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeHolding(ctx,
                Json.encode(new HoldingFreezeRequest(TOKEN, "A1", 700, ORDER))));
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeAccount(ctx, Json.encode(new RegulatoryAction("A1", ORDER))));
    }

    private void open(TestIdentity who, String id, String custodian) {
        ledger.submit(who, ctx -> new AccountContract().OpenAccount(ctx, Json.encode(new OpenAccountRequest(id, custodian,
                InvestorType.PROFESSIONAL, "VN", new KycAttestation("e".repeat(64), KycLevel.STANDARD, LocalDate.of(2028, 1, 1))))));
    }

    private ForcedTransfer propose(long units) {
        return Json.decode(ledger.submit(REGULATOR_ADMIN, ctx -> forced.ProposeForcedTransfer(ctx,
                Json.encode(new ForcedTransferRequest(RequestIds.next(), TOKEN, "A1", "B1", units, ORDER)))), ForcedTransfer.class);
    }

    private Holding holding(TestIdentity who, String account) {
        return Json.decode(ledger.evaluate(who, ctx -> new HoldingContract().GetHolding(ctx, TOKEN, account)), Holding.class);
    }

    @Test
    void the_regulator_proposes_the_custodian_approves_and_frozen_units_move_first() {
        ForcedTransfer proposal = propose(800);
        assertEquals(ProposalStatus.PENDING, proposal.status());
        assertEquals(1_000, holding(BANK_A_VIEWER, "A1").units(), "nothing moves on a proposal");

        ForcedTransfer executed = Json.decode(ledger.submit(BANK_A_OPERATOR,
                ctx -> forced.ApproveForcedTransfer(ctx, proposal.proposalId())), ForcedTransfer.class);

        assertEquals(ProposalStatus.APPROVED, executed.status());
        assertEquals(BANK_A, executed.approvedBy());
        assertEquals(executed, ledger.lastEvent(EventType.FORCED_TRANSFER_EXECUTED, ForcedTransfer.class));
        Holding left = holding(BANK_A_VIEWER, "A1");
        assertEquals(200, left.units());
        assertEquals(0, left.frozenUnits());
        assertEquals(800, holding(BANK_B_OPERATOR, "B1").units());
        ledger.assertRefused(ErrorCode.INVALID_STATE, BANK_A_OPERATOR,
                ctx -> forced.ApproveForcedTransfer(ctx, proposal.proposalId()));
    }

    @Test
    void neither_party_acts_alone() {
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> forced.ProposeForcedTransfer(ctx,
                Json.encode(new ForcedTransferRequest(RequestIds.next(), TOKEN, "A1", "B1", 1, ORDER))));
        ForcedTransfer proposal = propose(100);
        for (TestIdentity who : new TestIdentity[] {REGULATOR_ADMIN, BANK_B_OPERATOR, ALLIANCE_ADMIN, BANK_A_VIEWER}) {
            ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, who, ctx -> forced.ApproveForcedTransfer(ctx, proposal.proposalId()));
        }
    }

    @Test
    void the_receiver_must_still_be_allowed_to_hold() {
        ForcedTransfer proposal = propose(100);
        ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.ListSanction(ctx, Json.encode(new RegulatoryAction("B1", ORDER))));
        ledger.assertRefused(ErrorCode.SANCTIONED, BANK_A_OPERATOR,
                ctx -> forced.ApproveForcedTransfer(ctx, proposal.proposalId()));
    }

    @Test
    void a_proposal_needs_the_units_and_existing_parties() {
        ledger.assertRefused(ErrorCode.INSUFFICIENT_UNITS, REGULATOR_ADMIN, ctx -> forced.ProposeForcedTransfer(ctx,
                Json.encode(new ForcedTransferRequest(RequestIds.next(), TOKEN, "A1", "B1", 1_001, ORDER))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_ADMIN, ctx -> forced.ProposeForcedTransfer(ctx,
                Json.encode(new ForcedTransferRequest(RequestIds.next(), TOKEN, "A1", "NOBODY", 1, ORDER))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, REGULATOR_ADMIN, ctx -> forced.ProposeForcedTransfer(ctx,
                Json.encode(new ForcedTransferRequest(RequestIds.next(), "CASH-NONE", "A1", "B1", 1, ORDER))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> forced.ApproveForcedTransfer(ctx, "no-such"));
    }
}
