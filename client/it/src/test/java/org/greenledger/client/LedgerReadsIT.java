package org.greenledger.client;

import static org.greenledger.client.TestNetwork.ALLIANCE;
import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.BANK_B;
import static org.greenledger.client.TestNetwork.REGULATOR;
import static org.greenledger.client.TestNetwork.assertRejected;
import static org.greenledger.client.TestNetwork.connect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondQuery;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.api.cash.DepositTokenQuery;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.IssuerOutstanding;
import org.greenledger.chaincode.api.compliance.MeasureKind;
import org.greenledger.chaincode.api.compliance.MeasurePage;
import org.greenledger.chaincode.api.compliance.MeasureQuery;
import org.greenledger.chaincode.api.compliance.Outstanding;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.money.Currency;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's reads on the real network: listings paged with the peer's own bookmarks, the
 * outstanding totals the caps are checked against (the registry's and the regulator's only), an
 * account freeze's document hash (its custodian's, the registry's and the regulator's), and the
 * measures in force.
 */
class LedgerReadsIT {
    private static final String DECISION = "6".repeat(64);

    @BeforeAll
    static void members() {
        TestNetwork.ensureMembers();
    }

    private static KycAttestation kyc() {
        return new KycAttestation("1".repeat(64), KycLevel.STANDARD, LocalDate.now(ZoneOffset.UTC).plusYears(1));
    }

    @Test
    void a_mint_shows_in_the_listing_and_in_the_outstanding_total_the_overseers_read() {
        String run = TestNetwork.runId();
        String token = "LR-CASH-" + run;
        String account = "LR-A-" + run;
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankB = connect(BANK_B, "viewer");
                GreenLedger regulator = connect(REGULATOR, "viewer"); GreenLedger alliance = connect(ALLIANCE, "viewer")) {
            bankA.accounts().open(new OpenAccountRequest(account, BANK_A, InvestorType.RETAIL, "SG", kyc()));
            bankA.cash().createToken(new CreateDepositTokenRequest(token, Currency.of("VND")));
            TestNetwork.awaitPeersInSync();
            long before = issuerShare(regulator.compliance().outstanding(AssetClass.DEPOSIT_TOKEN, "VND"), BANK_A);
            bankA.cash().mint(new CashRequest("LR-MINT-" + run, token, account, 123_456));
            TestNetwork.awaitPeersInSync();

            Outstanding after = regulator.compliance().outstanding(AssetClass.DEPOSIT_TOKEN, "VND");
            assertEquals(before + 123_456, issuerShare(after, BANK_A));
            assertEquals(after.issuers().stream().mapToLong(IssuerOutstanding::outstandingMinor).sum(),
                    after.outstandingMinor());
            assertTrue(alliance.compliance().outstanding().contains(after), "the alliance reads the same totals");
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankA.compliance().outstanding());
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.compliance().outstanding(AssetClass.DEPOSIT_TOKEN,
                    "VND"));
            assertRejected(ErrorCode.INVALID_ARGUMENT, () -> regulator.compliance().outstanding(
                    AssetClass.CARBON_CREDIT, "VND"));

            // Bank B lists Bank A's tokens two at a time, with the peer's bookmarks, and finds the new one.
            List<String> tokens = new ArrayList<>();
            DepositTokenQuery query = new DepositTokenQuery(BANK_A, 2, "");
            for (int page = 0; query != null && page < 1_000; page++) {
                DepositTokenPage read = bankB.cash().findTokens(query);
                read.tokens().forEach(t -> assertEquals(BANK_A, t.issuerMspId()));
                read.tokens().stream().map(DepositToken::tokenId).forEach(tokens::add);
                query = read.bookmark().isEmpty() ? null : query.after(read.bookmark());
            }
            assertTrue(tokens.contains(token), tokens.toString());
            assertEquals(tokens.stream().sorted().toList(), tokens, "in token id order");
        }
    }

    @Test
    void every_bond_is_listed_once_in_isin_order_whatever_the_page_size() {
        try (GreenLedger verifier = connect(TestNetwork.VERIFIER, "viewer")) {
            List<Bond> small = allBonds(verifier, BondQuery.all(2));
            List<Bond> large = allBonds(verifier, BondQuery.all(500));
            assertEquals(large, small);
            assertEquals(small.stream().map(Bond::bondId).sorted().distinct().toList(),
                    small.stream().map(Bond::bondId).toList());
            for (Bond bond : small.subList(0, Math.min(3, small.size()))) {
                assertEquals(verifier.bonds().get(bond.bondId()), bond);
            }
            assertRejected(ErrorCode.INVALID_ARGUMENT, () -> verifier.bonds().find(BondQuery.all(2).after("bm90LWEta2V5")));
        }
    }

    private static List<Bond> allBonds(GreenLedger ledger, BondQuery first) {
        List<Bond> bonds = new ArrayList<>();
        BondQuery query = first;
        for (int page = 0; query != null && page < 1_000; page++) {
            BondPage read = ledger.bonds().find(query);
            bonds.addAll(read.bonds());
            query = read.bookmark().isEmpty() ? null : query.after(read.bookmark());
        }
        return bonds;
    }

    @Test
    void a_freezes_document_hash_is_read_by_the_custodian_and_the_overseers_and_listed_to_them_only() {
        String account = "LR-F-" + TestNetwork.runId();
        try (GreenLedger bankA = connect(BANK_A, "operator"); GreenLedger bankB = connect(BANK_B, "operator");
                GreenLedger regulator = connect(REGULATOR, "operator")) {
            bankA.accounts().open(new OpenAccountRequest(account, BANK_A, InvestorType.RETAIL, "SG", kyc()));
            TestNetwork.awaitPeersInSync();
            regulator.compliance().freezeAccount(new RegulatoryAction(account, DECISION));
            TestNetwork.awaitPeersInSync();

            RegulatoryRecord freeze = bankA.compliance().accountFreeze(account);
            assertEquals(DECISION, freeze.referenceHash());
            assertEquals(REGULATOR, freeze.imposedBy());
            assertEquals(freeze, regulator.compliance().accountFreeze(account));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.compliance().accountFreeze(account));
            assertRejected(ErrorCode.NOT_AUTHORIZED, () -> bankB.compliance().measures(
                    new MeasureQuery(MeasureKind.ACCOUNT_FREEZE, 10, "")));
            List<RegulatoryRecord> freezes = new ArrayList<>();
            MeasureQuery query = new MeasureQuery(MeasureKind.ACCOUNT_FREEZE, 100, "");
            for (int page = 0; query != null && page < 1_000; page++) {
                MeasurePage read = regulator.compliance().measures(query);
                freezes.addAll(read.measures());
                query = read.bookmark().isEmpty() ? null : query.after(read.bookmark());
            }
            assertTrue(freezes.contains(freeze), freezes.toString());

            regulator.compliance().unfreezeAccount(new RegulatoryAction(account, DECISION));
            TestNetwork.awaitPeersInSync();
            assertRejected(ErrorCode.NOT_FOUND, () -> bankA.compliance().accountFreeze(account));
        }
    }

    private static long issuerShare(Outstanding outstanding, String issuer) {
        return outstanding.issuers().stream().filter(i -> i.issuerMspId().equals(issuer))
                .mapToLong(IssuerOutstanding::outstandingMinor).findFirst().orElse(0);
    }
}
