package org.greenledger.chaincode.contract;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.compliance.ForcedTransferRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.RegisterOrgRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.settlement.SettlementType;
import org.greenledger.chaincode.api.settlement.TradeRequest;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.bond.IssuanceContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.document.DocumentContract;
import org.greenledger.chaincode.contract.governance.GovernanceContract;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.settlement.TradeContract;
import org.greenledger.chaincode.contract.supervision.ComplianceContract;
import org.greenledger.chaincode.contract.supervision.ForcedTransferContract;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against the write transactions that move or create cash,
 * units and accounts, on the in-memory ledger. After each applied input the deposit token's units
 * are conserved (transfers, court-order proposals) or change by exactly the amount applied (mint,
 * burn, subscription escrow), and no holding is negative; an opened account is exactly the one
 * asked for. Credits have
 * their own ({@code carbon.CreditFuzzTest}). The counts are printed.
 */
class InputFuzzTest {
    private static final List<String> POOL = List.of(Market.TREASURY, "A1", "A2", "B1");
    private static final String HASH = "a".repeat(64);

    private final Fuzz fuzz = new Fuzz();

    @Test
    void every_generated_input_is_refused_with_a_code_and_no_change_or_applied_within_the_invariants() {
        List<String> report = new ArrayList<>();
        report.add(cash("holdings:Transfer", BANK_A_OPERATOR, (r, n) -> transfer(r, n, (from, to) -> new TransferRequest(
                "T-" + n, Market.CASH_A, from, to, 1 + r.nextInt(1_000_000), "INV-" + n)),
                (ctx, json) -> new HoldingContract().Transfer(ctx, json), 0));
        report.add(cash("cash:Mint", BANK_A_OPERATOR, (r, n) -> Json.encode(new CashRequest("M-" + n, Market.CASH_A,
                pick(r), 1 + r.nextInt(1_000_000))), (ctx, json) -> new CashContract().Mint(ctx, json), +1));
        report.add(cash("cash:Burn", BANK_A_OPERATOR, (r, n) -> Json.encode(new CashRequest("B-" + n, Market.CASH_A,
                pick(r), 1 + r.nextInt(1_000_000))), (ctx, json) -> new CashContract().Burn(ctx, json), -1));
        report.add(cash("issuance:Subscribe", BANK_A_OPERATOR, (r, n) -> Json.encode(new SubscribeRequest("S-" + n,
                Market.BOND, pick(r), 1 + r.nextInt(50), Market.CASH_A)),
                (ctx, json) -> new IssuanceContract().Subscribe(ctx, json), -1));
        report.add(cash("forcedTransfers:ProposeForcedTransfer", REGULATOR_OPERATOR, (r, n) -> transfer(r, n,
                (from, to) -> new ForcedTransferRequest("F-" + n, Market.CASH_A, from, to, 1 + r.nextInt(1_000), HASH)),
                (ctx, json) -> new ForcedTransferContract().ProposeForcedTransfer(ctx, json), 0));
        Market issued = new Market();
        issued.issue();
        report.add(cash(issued, "trades:ProposeTrade", BANK_A_OPERATOR, (r, n) -> Json.encode(new TradeRequest("TR-" + n,
                Market.BOND, "A1", List.of("A2", "B1", Market.TREASURY).get(r.nextInt(3)), 1 + r.nextInt(20),
                SettlementType.DVP, Market.CASH_A, 1 + r.nextInt(10_000_000), "ref " + n)),
                (ctx, json) -> new TradeContract().ProposeTrade(ctx, json), 0));
        report.add(cash("compliance:FreezeAccount", REGULATOR_OPERATOR, (r, n) -> Json.encode(new RegulatoryAction(
                pick(r), HASH)), (ctx, json) -> new ComplianceContract().FreezeAccount(ctx, json), 0));
        report.add(cash("documents:RegisterDocument", BANK_A_OPERATOR, (r, n) -> Json.encode(new RegisterDocumentRequest(
                Market.BOND, DocumentKind.values()[r.nextInt(DocumentKind.values().length)],
                String.format("%064x", n), "ipfs://doc-" + n)),
                (ctx, json) -> new DocumentContract().RegisterDocument(ctx, json), 0));
        report.add(cash("governance:RegisterOrg", ALLIANCE_ADMIN, (r, n) -> Json.encode(new RegisterOrgRequest(
                "Member" + n + "MSP", "Member " + n, List.of(OrgRole.values()[r.nextInt(OrgRole.values().length)]))),
                (ctx, json) -> new GovernanceContract().RegisterOrg(ctx, json), 0));
        Market accounts = new Market();
        report.add(fuzz.run("accounts:OpenAccount", accounts.ledger, BANK_A_OPERATOR, (r, n) -> Json.encode(
                new OpenAccountRequest("ACC-" + n, BANK_A, InvestorType.values()[r.nextInt(3)], "VN",
                        new KycAttestation(HASH, KycLevel.STANDARD, LocalDate.parse("2028-01-01")))),
                (ctx, json) -> new AccountContract().OpenAccount(ctx, json), (input, n) -> {
                    // What was applied is exactly what was asked: the account as requested, ACTIVE.
                    OpenAccountRequest asked = Json.decode(input, OpenAccountRequest.class);
                    Account opened = Json.decode(accounts.ledger.evaluate(REGULATOR_OPERATOR,
                            ctx -> new AccountContract().GetAccount(ctx, asked.accountId())), Account.class);
                    assertEquals(List.of(asked.custodianMspId(), asked.investorType(), asked.kyc(), AccountStatus.ACTIVE),
                            List.of(opened.custodianMspId(), opened.investorType(), opened.kyc(), opened.status()));
                }));
        report.forEach(System.out::println);
    }

    /**
     * A family on a fresh market whose deposit-token total moves by {@code sign} times each
     * applied amount (0: the family must not move any).
     */
    private String cash(String family, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx, int sign) {
        return cash(new Market(), family, who, template, tx, sign);
    }

    private String cash(Market market, String family, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx, int sign) {
        long[] total = {cashTotal(market)};
        return fuzz.run(family, market.ledger, who, template, tx, (input, n) -> {
            if (sign != 0) {
                total[0] += sign * amountOf(input);
            }
            assertEquals(total[0], cashTotal(market), family + " #" + n + " broke conservation on " + Fuzz.shown(input));
        });
    }

    /** A request between two different accounts of the pool. */
    private static String transfer(Random random, int n, BiFunction<String, String, Object> request) {
        String from = pick(random);
        String to = POOL.get((POOL.indexOf(from) + 1 + random.nextInt(POOL.size() - 1)) % POOL.size());
        return Json.encode(request.apply(from, to));
    }

    private static String pick(Random random) {
        return POOL.get(random.nextInt(POOL.size()));
    }

    /** The amount an applied mint, burn or subscription moved: amountMinor, or its units at the price. */
    private static long amountOf(String input) {
        JsonObject object = JsonParser.parseString(input).getAsJsonObject();
        if (object.has("amountMinor")) {
            return object.get("amountMinor").getAsLong();
        }
        return object.get("units").getAsLong() * Market.DENOMINATION;
    }

    /** Units of the deposit token held by the pool's accounts; none may be negative. */
    private static long cashTotal(Market market) {
        long total = 0;
        for (String account : POOL) {
            long units = market.units(Market.CASH_A, account);
            assertTrue(units >= 0, account + " holds " + units);
            total += units;
        }
        return total;
    }
}
