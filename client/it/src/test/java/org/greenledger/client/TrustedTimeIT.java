package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.VERIFIER;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.FixRecordDateRequest;
import org.greenledger.chaincode.api.bond.PayCouponRequest;
import org.greenledger.chaincode.api.bond.SubscribeRequest;
import org.greenledger.chaincode.api.holding.TransferRequest;
import org.greenledger.chaincode.api.schedule.CouponPeriod;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No member can choose the ledger's time. A client of Bank A signs proposals stamped with the
 * time each rule needs (after a lock-up, before a KYC expiry, on a record date, a payment date,
 * at maturity, inside a closed subscription window); Bank A's own chaincode service, and then
 * Bank B's too, are restarted with a window wide enough to accept any stamp, as colluding
 * members could run them. The other endorsers refuse with CLOCK_SKEW, and for every rule the two
 * colluders' endorsements alone do not satisfy the majority policy: the transaction is invalid. The same operations then succeed when
 * the whole test network's clock is moved ({@link NetworkClock}); {@link BondServicingIT} does
 * so for record and payment dates, KYC expiry and maturity.
 */
class TrustedTimeIT {
    /** Wide enough for any stamp these tests forge: a colluder's service accepts them all. */
    private static final Map<String, String> ANY_TIME = Map.of("GL_PROPOSAL_TIME_WINDOW", "400000000");

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** Restarts {@code org}'s chaincode service with {@code environment} (empty: its own settings). */
    private static void restartChaincode(String org, Map<String, String> environment) {
        TestNetwork.networkScript("stop", "chaincode-" + org);
        TestNetwork.networkScript(environment, "start", "chaincode-" + org);
    }

    @Test
    void forged_times_from_one_member_or_two_never_commit_and_the_moved_network_clock_is_honoured() throws Exception {
        try (GatewayConnection bankA = connect(BANK_A, "operator");
                GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger verifier = connect(VERIFIER, "operator");
                GreenLedger alliance = connect(ALLIANCE, "operator");
                GreenLedger regulator = connect(REGULATOR, "viewer")) {
            Signer signer = TestNetwork.credentials(BANK_A, "operator").signer();
            IssuedBond issued = new IssuedBond(bankA, bankB, verifier, alliance, true, IssuedBond.TODAY.plusDays(30));
            IssuedBond open = new IssuedBond(bankA, bankB, verifier, alliance, false);
            String bondId = issued.bondId;
            CouponPeriod first = bankA.bonds().couponSchedule(bondId).periods().get(0);
            String transfer = Json.encode(new TransferRequest(TestNetwork.requestId(), bondId, issued.a1, issued.b1, 10,
                    "during the lock-up"));
            String expiredAccount = Json.encode(new OpenAccountRequest("OLD-KYC-" + issued.run, BANK_A,
                    InvestorType.PROFESSIONAL, "VN", new KycAttestation("7".repeat(64), KycLevel.STANDARD,
                            IssuedBond.TODAY.minusYears(2))));
            String recordDate = Json.encode(new FixRecordDateRequest(bondId, 1, 100));
            String payment = Json.encode(new PayCouponRequest(TestNetwork.requestId(), bondId, 1, issued.cashA, 100));
            String lateSubscription = Json.encode(new SubscribeRequest("S-LATE-" + open.run, open.bondId, open.a1, 10,
                    open.cashA));

            // Honest, today: each rule refuses.
            assertRejected(ErrorCode.LOCKED_UP, () -> bankA.holdings().transfer(Json.decode(transfer,
                    TransferRequest.class)));
            assertRejected(ErrorCode.KYC_EXPIRED, () -> bankA.accounts().open(Json.decode(expiredAccount,
                    OpenAccountRequest.class)));
            assertRejected(ErrorCode.NOT_DUE, () -> bankA.bonds().fixRecordDate(new FixRecordDateRequest(bondId, 1, 100)));
            assertRejected(ErrorCode.NOT_DUE, () -> bankA.bonds().mature(bondId));

            long height = Long.parseLong(TestNetwork.networkScript("height", "peer-alliance"));
            try {
                // One member forges: its own service accepts any stamp, the other endorsers refuse.
                restartChaincode("banka", ANY_TIME);
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(issued.lockUpUntil.plusDays(1)), Transaction.TRANSFER,
                        List.of(), transfer);
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(IssuedBond.TODAY.minusYears(2).minusDays(1)),
                        Transaction.OPEN_ACCOUNT, List.of(), expiredAccount);
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(first.recordDate()), Transaction.FIX_RECORD_DATE,
                        List.of(), recordDate);
                // Its own service would refuse this one (no record date was fixed: that forgery failed),
                // so the forger sends it straight to the others.
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(first.paymentDate()), Transaction.PAY_COUPON,
                        List.of(ALLIANCE, BANK_B, REGULATOR), payment);
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(issued.maturity), Transaction.MATURE_BOND,
                        List.of(), bondId);

                // Two members collude: with a third endorser the forgery is refused; without one,
                // their two endorsements do not make the majority and the transaction is invalid.
                restartChaincode("bankb", ANY_TIME);
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(issued.lockUpUntil.plusDays(1)), Transaction.TRANSFER,
                        List.of(), transfer);
                colluded(bankA, signer, noonOf(issued.lockUpUntil.plusDays(1)), Transaction.TRANSFER, transfer);
                colluded(bankA, signer, noonOf(IssuedBond.TODAY.minusYears(2).minusDays(1)), Transaction.OPEN_ACCOUNT,
                        expiredAccount);
                colluded(bankA, signer, noonOf(first.recordDate()), Transaction.FIX_RECORD_DATE, recordDate);
                colluded(bankA, signer, noonOf(issued.maturity), Transaction.MATURE_BOND, bondId);
                // No record date could be fixed, so even the colluders' own services refuse to pay.
                forged(ErrorCode.NOT_FOUND, bankA, signer, noonOf(first.paymentDate()), Transaction.PAY_COUPON,
                        List.of(BANK_A, BANK_B), payment);
            } finally {
                restartChaincode("banka", Map.of());
                restartChaincode("bankb", Map.of());
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(100, regulator.holdings().holding(bondId, issued.a1).units(), "no forged transfer moved units");
            assertEquals(BondStatus.ISSUED, regulator.bonds().get(bondId).status());
            assertRejected(ErrorCode.NOT_FOUND, () -> regulator.accounts().get("OLD-KYC-" + issued.run));
            assertEquals(height + 4, Long.parseLong(TestNetwork.networkScript("height", "peer-alliance")),
                    "only the colluders' four invalid transactions reached a block");

            // The subscription window, closed by the moved network clock: a stamp inside it is refused.
            try (NetworkClock afterIssueDate = NetworkClock.atNoonOf(open.issueDate.plusDays(1))) {
                assertRejected(ErrorCode.INVALID_STATE, () -> bankA.bonds().subscribe(Json.decode(lateSubscription,
                        SubscribeRequest.class)));
                forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(open.issueDate), Transaction.SUBSCRIBE, List.of(),
                        lateSubscription);
                try {
                    restartChaincode("banka", ANY_TIME);
                    restartChaincode("bankb", ANY_TIME);
                    forged(ErrorCode.CLOCK_SKEW, bankA, signer, noonOf(open.issueDate), Transaction.SUBSCRIBE,
                            List.of(), lateSubscription);
                    colluded(bankA, signer, noonOf(open.issueDate), Transaction.SUBSCRIBE, lateSubscription);
                } finally {
                    restartChaincode("banka", Map.of());
                    restartChaincode("bankb", Map.of());
                }
            }
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_FOUND, () -> regulator.bonds().subscription(open.bondId, "S-LATE-" + open.run));

            // The lock-up ends for everyone when the network's clock passes it.
            try (NetworkClock afterLockUp = NetworkClock.atNoonOf(issued.lockUpUntil.plusDays(1))) {
                bankA.holdings().transfer(Json.decode(transfer, TransferRequest.class));
            }
            TestNetwork.awaitPeersInSync();
            assertEquals(90, regulator.holdings().holding(bondId, issued.a1).units());
            assertEquals(310, regulator.holdings().holding(bondId, issued.b1).units());
        }
    }

    /** Endorsed by the two colluders alone: it reaches a block, invalid, and changes nothing. */
    private static void colluded(GatewayConnection client, Signer signer, Instant stamp, Transaction<?, ?> tx,
            String argument) {
        try {
            Status status = ForgedStamp.submit(client, signer, stamp, tx, List.of(BANK_A, BANK_B), argument);
            assertEquals(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, status.getCode(), tx + " stamped " + stamp);
        } catch (org.hyperledger.fabric.client.CommitStatusException e) {
            throw new AssertionError(tx + ": no commit status", e);
        }
    }

    private static void forged(ErrorCode code, GatewayConnection client, Signer signer, Instant stamp, Transaction<?, ?> tx,
            List<String> endorsers, String argument) {
        assertRejected(code, () -> ForgedStamp.submit(client, signer, stamp, tx, endorsers, argument));
    }
}
