package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.api.testing.Misfits;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sample of the chaincode's fuzz on the real network: generated requests ({@link Misfits}, the
 * same generator as the in-memory fuzz, from a fixed seed), sent raw past the SDK's validation.
 * Each is refused at endorsement with a code other than INTERNAL_ERROR and a short answer, or
 * commits; after the run the deposit token's units are exactly what the applied requests moved.
 * The counts are printed.
 */
class NetworkFuzzIT {
    private static final int PER_TRANSACTION = 100;

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    @Test
    void a_generated_sample_is_refused_with_a_code_or_applied_within_the_invariants() {
        String run = TestNetwork.runId();
        String token = "CASH-F-" + run;
        List<String> accounts = List.of("FA-" + run, "FB-" + run);
        KycAttestation kyc = new KycAttestation("d".repeat(64), KycLevel.STANDARD,
                LocalDate.now(ZoneOffset.UTC).plusYears(1));
        Random random = new Random(20261130L);
        Misfits misfits = new Misfits(random);
        try (GatewayConnection bankA = connect(BANK_A, "operator");
                GatewayConnection regulator = connect(REGULATOR, "viewer")) {
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            for (String account : accounts) {
                bankA.accounts().open(new OpenAccountRequest(account, BANK_A, InvestorType.PROFESSIONAL, "VN", kyc));
                bankA.cash().mint(new CashRequest(TestNetwork.requestId(), token, account, 1_000_000));
            }
            TestNetwork.awaitPeersInSync();

            long[] minted = {0};
            String transfers = sample(bankA, Transaction.TRANSFER, random, misfits, n -> {
                String from = accounts.get(n % 2);
                return Json.encode(new TransferRequest("NF-T-" + run + "-" + n, token, from, accounts.get(1 - n % 2),
                        1 + random.nextInt(1_000), "fuzz " + n));
            }, applied -> { });
            String mints = sample(bankA, Transaction.MINT_CASH, random, misfits, n -> Json.encode(new CashRequest(
                    "NF-M-" + run + "-" + n, token, accounts.get(n % 2), 1 + random.nextInt(1_000))),
                    applied -> minted[0] += JsonParser.parseString(applied).getAsJsonObject().get("amountMinor")
                            .getAsLong());
            System.out.println(transfers);
            System.out.println(mints);

            TestNetwork.awaitPeersInSync();
            long total = 0;
            for (String account : accounts) {
                long units = regulator.holdings().holding(token, account).units();
                assertTrue(units >= 0, account + " holds " + units);
                total += units;
            }
            assertEquals(2_000_000 + minted[0], total, "transfers conserve the units; mints add what they applied");
        }
    }

    /** Sends the transaction's sample and returns its counts; {@code applied} sees each request that committed. */
    private static String sample(GatewayConnection client, Transaction<?, ?> tx, Random random, Misfits misfits,
            IntFunction<String> template, Consumer<String> applied) {
        Map<ErrorCode, Integer> refusals = new EnumMap<>(ErrorCode.class);
        int committed = 0;
        for (int n = 0; n < PER_TRANSACTION; n++) {
            String valid = template.apply(n);
            String input = random.nextInt(5) == 0 ? valid : misfits.of(valid);
            try {
                boolean ok = client.network().getContract(client.network().getName(), tx.contract())
                        .newProposal(tx.txName()).addArguments(input).build().endorse().submitAsync().getStatus()
                        .isSuccessful();
                assertTrue(ok, tx.txName() + " #" + n + " was endorsed but not committed: " + input);
                committed++;
                applied.accept(input);
            } catch (GatewayException e) {
                GreenLedgerException failure = Invoker.translate(tx, e);
                assertTrue(failure instanceof RejectedException, tx.txName() + " #" + n + " failed without a code: "
                        + failure.getMessage());
                RejectedException refused = (RejectedException) failure;
                assertNotEquals(ErrorCode.INTERNAL_ERROR, refused.code(), tx.txName() + " #" + n + ": " + input);
                assertTrue(refused.getMessage().length() < 2_000, tx.txName() + " answered at length");
                refusals.merge(refused.code(), 1, Integer::sum);
            }
        }
        assertTrue(committed > 0, tx.txName() + ": nothing generated was applied");
        assertTrue(refusals.getOrDefault(ErrorCode.INVALID_ARGUMENT, 0) > 0, tx.txName() + ": " + refusals);
        return String.format("network fuzz %-20s %d inputs: %d committed, %d refused %s", tx.txName(), PER_TRANSACTION,
                committed, PER_TRANSACTION - committed, refusals.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ", "(", ")")));
    }
}
