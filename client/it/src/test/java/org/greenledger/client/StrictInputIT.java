package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests as a client written outside this project could send them, raw, past the
 * SDK's own validation, to the real network: every one is refused at endorsement with a code
 * (never "Unexpected error" or exception text), and none reaches a block.
 */
class StrictInputIT {
    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void malformed_requests_are_refused_with_a_code_and_never_reach_a_block() {
        String run = TestNetwork.runId();
        String token = "CASH-S-" + run;
        String a = "SA-" + run;
        String b = "SB-" + run;
        KycAttestation kyc = new KycAttestation("d".repeat(64), KycLevel.STANDARD,
                LocalDate.now(ZoneOffset.UTC).plusYears(1));
        try (GatewayConnection bankA = connect(BANK_A, "operator"); GatewayConnection regulator = connect(REGULATOR,
                "viewer")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            bankA.accounts().open(new OpenAccountRequest(a, BANK_A, InvestorType.PROFESSIONAL, "VN", kyc));
            bankA.accounts().open(new OpenAccountRequest(b, BANK_A, InvestorType.PROFESSIONAL, "VN", kyc));
            bankA.cash().mint(new CashRequest("S-DEP-" + run, token, a, 1_000));
            TestNetwork.awaitPeersInSync();
            long height = Long.parseLong(TestNetwork.networkScript("height", "peer-alliance"));
            String transfer = "{\"requestId\":\"S-%s\",\"assetId\":\"" + token + "\",\"fromAccountId\":\"" + a
                    + "\",\"toAccountId\":\"" + b + "\",\"units\":%s,\"paymentReference\":%s}";
            String mint = "{\"requestId\":\"S-%s\",\"tokenId\":\"" + token + "\",\"accountId\":\"" + a
                    + "\",\"amountMinor\":%s}";
            Map<String, Case> cases = new TreeMap<>();
            cases.put("mint 1e30", new Case(Transaction.MINT_CASH,
                    "amountMinor must be between", String.format(mint, "1", "1e30")));
            cases.put("mint of a fraction", new Case(Transaction.MINT_CASH,
                    "amountMinor must be a whole number, not 1.5", String.format(mint, "2", "1.5")));
            cases.put("units as a string", new Case(Transaction.TRANSFER,
                    "units must be a whole number, not a string", String.format(transfer, "3", "\"10\"", "\"x\"")));
            cases.put("fractional units", new Case(Transaction.TRANSFER,
                    "units must be a whole number, not 1.5", String.format(transfer, "4", "1.5", "\"x\"")));
            cases.put("an unknown field", new Case(Transaction.TRANSFER,
                    "priority is not a field of TransferRequest",
                    String.format(transfer, "5", "1", "\"x\"").replace("}", ",\"priority\":\"high\"}")));
            cases.put("an escape sequence in a reference", new Case(Transaction.TRANSFER,
                    "paymentReference must not contain control characters",
                    String.format(transfer, "6", "1", "\"\\u001b[2J\\u0007\"")));
            cases.put("a one-megabyte reference", new Case(Transaction.TRANSFER,
                    "argument 1 of Transfer must be at most",
                    String.format(transfer, "7", "1", "\"" + "x".repeat(1 << 20) + "\"")));
            cases.put("an extra argument", new Case(Transaction.TRANSFER,
                    "Transfer takes 1 argument, not 2", String.format(transfer, "8", "1", "\"x\""), "extra"));
            cases.put("no argument", new Case(Transaction.TRANSFER, "Transfer takes 1 argument, not 0"));
            cases.put("a vintage beyond an int", new Case(Transaction.TRANSFER_CREDITS,
                    "block.vintage must be between", "{\"transferId\":\"S-9\",\"block\":{\"holderAccountId\":\"" + a
                            + "\",\"projectId\":\"P\",\"vintage\":2147483648,\"firstSerial\":1},\"toAccountId\":\"" + b
                            + "\",\"quantity\":1}"));
            cases.put("a page size that is not a number", new Case(Transaction.ACCOUNT_MOVEMENTS,
                    "argument 2 of AccountMovements must be a whole number", a, "ten", ""));
            cases.put("a control character in an id", new Case(Transaction.GET_HOLDING,
                    "argument 1 of GetHolding must not contain control characters", token + "\u0007", a));

            List<String> seen = new ArrayList<>();
            for (Map.Entry<String, Case> c : cases.entrySet()) {
                Case sent = c.getValue();
                RejectedException e = assertThrows(RejectedException.class, () -> raw(bankA, sent.tx(), sent.args()),
                        c.getKey());
                assertEquals(ErrorCode.INVALID_ARGUMENT, e.code(), c.getKey() + ": " + e.getMessage());
                assertTrue(e.reason().contains(sent.refusal()), c.getKey() + ": " + e.reason());
                assertTrue(e.getMessage().length() < 2_000, c.getKey() + " answered at length");
                seen.add(c.getKey() + " -> " + e.code());
            }
            seen.forEach(s -> System.out.println("strict input on the network: " + s));
            assertEquals(height, Long.parseLong(TestNetwork.networkScript("height", "peer-alliance")),
                    "a refused request reached a block");
            assertEquals(1_000, regulator.holdings().holding(token, a).units());
        }
    }

    /** A transaction, what its refusal must say, and the arguments as sent. */
    private record Case(Transaction<?, ?> tx, String refusal, String... args) {
    }

    /** Sends the arguments as they are, through the Gateway, without the SDK's typed requests. */
    private static void raw(GatewayConnection client, Transaction<?, ?> tx, String... args) {
        try {
            client.network().getContract(client.network().getName(), tx.contract()).newProposal(tx.txName())
                    .addArguments(args).build().endorse().submitAsync().getStatus();
        } catch (GatewayException e) {
            throw Invoker.translate(tx, e);
        }
    }
}
