package org.greenledger.chaincode.contract.asset;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_NO_ROLE;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.bond.Bond;
import org.greenledger.chaincode.api.bond.BondPage;
import org.greenledger.chaincode.api.bond.BondStatus;
import org.greenledger.chaincode.api.bond.BondTerms;
import org.greenledger.chaincode.api.bond.Isin;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectPage;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.Sector;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.cash.DepositTokenPage;
import org.greenledger.chaincode.contract.bond.BondContract;
import org.greenledger.chaincode.contract.carbon.CarbonProjectContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listings of bonds, deposit tokens and carbon projects: every member reads them a page at a
 * time in id order, with the ledger's bookmark, filtered as asked; bad input and callers that are
 * no member are refused and nothing changes.
 */
class AssetListingTest {
    /** In ISIN order: Bank A's second bond, Bank B's bond, then the market's VNGRNBOND018. */
    private static final String BOND_A2 = Isin.complete("VNAAAAAAAA1");
    private static final String BOND_B = Isin.complete("VNBBBBBBBB1");
    private static final TestIdentity OUTSIDER = TestIdentity.of("OutsiderMSP", "viewer");

    private final BondContract bonds = new BondContract();
    private final CashContract cash = new CashContract();
    private final CarbonProjectContract projects = new CarbonProjectContract();
    private Market market;
    private TestLedger ledger;

    @BeforeEach
    void market() {
        market = new Market();
        ledger = market.ledger;
        ledger.submit(BANK_A_OPERATOR, ctx -> bonds.CreateBond(ctx, Json.encode(terms(BOND_A2, BANK_A,
                Market.TREASURY))));
        ledger.submit(BANK_B_OPERATOR, ctx -> bonds.CreateBond(ctx, Json.encode(terms(BOND_B, BANK_B, "B1"))));
    }

    private static BondTerms terms(String isin, String issuer, String account) {
        BondTerms t = Market.terms();
        return new BondTerms(isin, issuer, account, t.name(), t.currency(), t.denominationMinor(), t.maxUnits(),
                t.couponType(), t.couponRate(), t.schedule(), t.eligibleInvestors(), t.perAccountLimitUnits(),
                t.framework(), t.lockUpUntil(), t.sustainabilityLink());
    }

    private BondPage bondPage(TestIdentity who, String status, String issuer, int pageSize, String bookmark) {
        return Json.decode(ledger.evaluate(who, ctx -> bonds.FindBonds(ctx, status, issuer, pageSize, bookmark)),
                BondPage.class);
    }

    private static List<String> ids(BondPage page) {
        return page.bonds().stream().map(Bond::bondId).toList();
    }

    @Test
    void every_member_lists_every_bond_in_isin_order_a_page_at_a_time() {
        List<String> all = List.of(BOND_A2, BOND_B, Market.BOND);
        for (TestIdentity member : List.of(VERIFIER_OPERATOR, BANK_B_OPERATOR, REGULATOR_VIEWER, ALLIANCE_OPERATOR)) {
            assertEquals(all, ids(bondPage(member, "", "", 10, "")));
        }
        BondPage first = bondPage(BANK_B_OPERATOR, "", "", 2, "");
        assertEquals(all.subList(0, 2), ids(first));
        assertFalse(first.bookmark().isEmpty());
        BondPage second = bondPage(BANK_B_OPERATOR, "", "", 2, first.bookmark());
        assertEquals(all.subList(2, 3), ids(second));
        assertEquals("", second.bookmark());
        assertEquals(Json.decode(ledger.evaluate(BANK_B_OPERATOR, ctx -> bonds.GetBond(ctx, Market.BOND)), Bond.class),
                second.bonds().get(0));
    }

    @Test
    void bonds_are_filtered_by_status_and_issuer_across_pages() {
        assertEquals(List.of(Market.BOND), ids(bondPage(VERIFIER_OPERATOR, "OPEN", "", 10, "")));
        assertEquals(List.of(BOND_A2, BOND_B), ids(bondPage(VERIFIER_OPERATOR, "DRAFT", "", 10, "")));
        assertEquals(List.of(BOND_B), ids(bondPage(VERIFIER_OPERATOR, "", BANK_B, 10, "")));
        assertEquals(List.of(BOND_A2), ids(bondPage(VERIFIER_OPERATOR, "DRAFT", BANK_A, 10, "")));
        assertEquals(List.of(), ids(bondPage(VERIFIER_OPERATOR, "ISSUED", "", 10, "")));

        // A page of one DRAFT bond stops inside the batch it read; its bookmark goes on from there.
        List<String> drafts = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            BondPage page = bondPage(VERIFIER_OPERATOR, BondStatus.DRAFT.name(), "", 1, bookmark);
            assertTrue(page.bonds().size() <= 1);
            drafts.addAll(ids(page));
            bookmark = page.bookmark();
            pages++;
        } while (!bookmark.isEmpty() && pages < 10);
        assertEquals(List.of(BOND_A2, BOND_B), drafts);
    }

    @Test
    void a_filter_stops_a_page_at_the_scan_limit_and_its_bookmark_goes_on() {
        // Through the ledger directly: a limit of 1 record read per page, a filter nothing passes.
        List<Integer> sizes = new ArrayList<>();
        String bookmark = "";
        for (int i = 0; i < 5; i++) {
            String from = bookmark;
            String read = ledger.evaluate(VERIFIER_OPERATOR, ctx -> {
                var page = ctx.ledger().page(1, from, Bond.class, b -> b.status() == BondStatus.ISSUED, 1, "bond");
                return page.items().size() + " " + page.bookmark();
            });
            sizes.add(Integer.parseInt(read.split(" ", -1)[0]));
            bookmark = read.split(" ", -1)[1];
            if (bookmark.isEmpty()) {
                break;
            }
        }
        // One bond read per page: three empty pages, the first two with a bookmark to go on.
        assertEquals(List.of(0, 0, 0), sizes);
        assertEquals("", bookmark);
    }

    @Test
    void bad_bond_queries_are_refused_naming_the_field() {
        for (int size : new int[] {0, -1, 501}) {
            ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                    ctx -> bonds.FindBonds(ctx, "", "", size, ""));
        }
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> bonds.FindBonds(ctx, "SOLD", "", 10, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> bonds.FindBonds(ctx, "open", "", 10, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> bonds.FindBonds(ctx, "", "Bank B!", 10, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> bonds.FindBonds(ctx, "", "", 10, "not*base64"));
        // A bookmark of another listing (the deposit tokens') is not one this query gave.
        DepositTokenPage tokens = tokenPage(VERIFIER_OPERATOR, "", 1, "");
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> bonds.FindBonds(ctx, "", "", 10, tokens.bookmark()));
    }

    @Test
    void only_members_with_a_role_list_assets() {
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, OUTSIDER, ctx -> bonds.FindBonds(ctx, "", "", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE, ctx -> bonds.FindBonds(ctx, "", "", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, OUTSIDER, ctx -> cash.FindDepositTokens(ctx, "", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE, ctx -> cash.FindDepositTokens(ctx, "", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, OUTSIDER, ctx -> projects.FindCarbonProjects(ctx, "", 10, ""));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_NO_ROLE,
                ctx -> projects.FindCarbonProjects(ctx, "", 10, ""));
    }

    private DepositTokenPage tokenPage(TestIdentity who, String issuer, int pageSize, String bookmark) {
        return Json.decode(ledger.evaluate(who, ctx -> cash.FindDepositTokens(ctx, issuer, pageSize, bookmark)),
                DepositTokenPage.class);
    }

    @Test
    void deposit_tokens_are_listed_in_id_order_and_by_issuer() {
        DepositTokenPage first = tokenPage(VERIFIER_OPERATOR, "", 1, "");
        assertEquals(List.of(Market.CASH_A), first.tokens().stream().map(DepositToken::tokenId).toList());
        DepositTokenPage second = tokenPage(VERIFIER_OPERATOR, "", 1, first.bookmark());
        assertEquals(List.of(Market.CASH_B), second.tokens().stream().map(DepositToken::tokenId).toList());
        assertEquals("", tokenPage(VERIFIER_OPERATOR, "", 2, "").bookmark());
        assertEquals(List.of(Market.CASH_B), tokenPage(BANK_A_OPERATOR, BANK_B, 10, "").tokens().stream()
                .map(DepositToken::tokenId).toList());
        assertEquals(List.of(), tokenPage(BANK_A_OPERATOR, "VerifierMSP", 10, "").tokens());
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR, ctx -> cash.FindDepositTokens(ctx, "",
                0, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR, ctx -> cash.FindDepositTokens(ctx,
                " BankAMSP", 10, ""));
    }

    @Test
    void carbon_projects_are_listed_in_id_order_and_by_status() {
        list("SOLAR-1");
        list("WIND-7");
        ledger.submit(VERIFIER_OPERATOR, ctx -> projects.ValidateCarbonProject(ctx,
                Json.encode(new ProjectDecision("WIND-7", "2".repeat(64)))));
        CarbonProjectPage all = Json.decode(ledger.evaluate(BANK_B_OPERATOR,
                ctx -> projects.FindCarbonProjects(ctx, "", 10, "")), CarbonProjectPage.class);
        assertEquals(List.of("SOLAR-1", "WIND-7"), all.projects().stream().map(CarbonProject::projectId).toList());
        CarbonProjectPage validated = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> projects.FindCarbonProjects(ctx, "VALIDATED", 10, "")), CarbonProjectPage.class);
        assertEquals(List.of("WIND-7"), validated.projects().stream().map(CarbonProject::projectId).toList());
        assertEquals(CarbonProjectStatus.VALIDATED, validated.projects().get(0).status());
        CarbonProjectPage first = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> projects.FindCarbonProjects(ctx, "", 1, "")), CarbonProjectPage.class);
        CarbonProjectPage second = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> projects.FindCarbonProjects(ctx, "", 1, first.bookmark())), CarbonProjectPage.class);
        assertEquals("WIND-7", second.projects().get(0).projectId());
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> projects.FindCarbonProjects(ctx, "ISSUED", 10, ""));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, VERIFIER_OPERATOR,
                ctx -> projects.FindCarbonProjects(ctx, "", 100_000, ""));
    }

    private void list(String projectId) {
        ledger.submit(BANK_A_OPERATOR, ctx -> projects.ListCarbonProject(ctx, Json.encode(new ListCarbonProjectRequest(
                projectId, "Ninh Thuan", "VCS", "ACM0002", "VN", Sector.ENERGY, "A1", null, "1".repeat(64)))));
    }
}
