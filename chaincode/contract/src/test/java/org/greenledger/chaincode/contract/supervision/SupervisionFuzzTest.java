package org.greenledger.chaincode.contract.supervision;

import static org.greenledger.chaincode.contract.support.Members.ALLIANCE;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_B;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_ADMIN;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.AccountStatus;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.chaincode.api.account.UpdateKycRequest;
import org.greenledger.chaincode.api.cash.CashRequest;
import org.greenledger.chaincode.api.cash.CreateDepositTokenRequest;
import org.greenledger.chaincode.api.cash.DepositToken;
import org.greenledger.chaincode.api.compliance.AssetClass;
import org.greenledger.chaincode.api.compliance.HoldingFreezeRequest;
import org.greenledger.chaincode.api.compliance.RegulatoryAction;
import org.greenledger.chaincode.api.compliance.RegulatoryRecord;
import org.greenledger.chaincode.api.compliance.ReportingThreshold;
import org.greenledger.chaincode.api.compliance.SandboxCap;
import org.greenledger.chaincode.api.governance.BootstrapRequest;
import org.greenledger.chaincode.api.governance.MemberOrg;
import org.greenledger.chaincode.api.governance.OrgRole;
import org.greenledger.chaincode.api.governance.ProposalStatus;
import org.greenledger.chaincode.api.governance.RoleChangeProposal;
import org.greenledger.chaincode.api.governance.RoleChangeRequest;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.money.Currency;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.account.AccountContract;
import org.greenledger.chaincode.contract.cash.CashContract;
import org.greenledger.chaincode.contract.governance.GovernanceContract;
import org.greenledger.chaincode.contract.holding.HoldingContract;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.greenledger.chaincode.contract.support.Members;
import org.greenledger.chaincode.contract.support.RequestIds;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against the regulator's powers, membership and account
 * upkeep, and the network's bootstrap, on the in-memory ledger. Each template first sets up what
 * its transaction needs (an account to unfreeze, a sanction to lift, a proposal to approve), on
 * ids no misfit names, so that no input can spoil another's setup. After each applied input the
 * ledger reads back exactly what was asked: the status, record, cap, threshold, roles, KYC, token
 * or members sent, and holdings whose frozen part moved by the units asked while the units held
 * stayed. The counts are printed.
 */
class SupervisionFuzzTest {
    /** The deposit token whose holdings are frozen and released. */
    private static final String DEPOSIT = "DEPOSIT-VND";
    /**
     * Sandbox caps are set in these currencies only: a VND cap (a misfit "\"10\"" could make it
     * ten dong) would refuse the VND mints that set up the holdings to freeze.
     */
    private static final List<String> CAP_CURRENCIES = List.of("USD", "EUR", "SGD", "JPY");
    private static final List<String> CURRENCIES = List.of("VND", "USD", "EUR", "SGD", "JPY", "BHD");
    /** Holders whose deposits are frozen and released; each starts with more than a run asks. */
    private static final String TO_FREEZE = "HOLDER-TO-FREEZE";
    private static final String TO_RELEASE = "HOLDER-TO-RELEASE";
    private static final long PLENTY = 1_000_000_000_000L;
    private static final List<String> CLIENTS = List.of("CLIENT-1", "CLIENT-2", "CLIENT-3");
    private static final KycAttestation KYC = new KycAttestation("e".repeat(64), KycLevel.STANDARD,
            LocalDate.parse("2028-01-01"));

    private final Fuzz fuzz = new Fuzz();
    private final ComplianceContract compliance = new ComplianceContract();
    private final GovernanceContract governance = new GovernanceContract();
    private final AccountContract accounts = new AccountContract();
    private final CashContract cash = new CashContract();
    /** The last proposal ProposeRoleChange applied, as it returned it. */
    private String proposed;
    /** The network bootstrapped last and the request it was sent (refused or not). */
    private TestLedger network;
    private String bootstrapSent;

    /** A family's transaction and what must hold after each of its applied inputs. */
    private record Tx(Fuzz.Step step, Consumer<String> check) {
        Tx(String name, TestIdentity who, BiFunction<Random, Integer, String> template,
                BiFunction<GreenLedgerContext, String, String> tx, Consumer<String> check) {
            this(new Fuzz.Step(name, who, template, tx), check);
        }
    }

    /**
     * A target a paired power acts on again and again: its template puts it back in the state the
     * power needs (frozen, listed, paused) only after an input applied to it, rather than spending
     * one or two setup transactions on a fresh target for every input.
     */
    private static final class Standing {
        private final String id;
        private boolean ready;

        Standing(String id, boolean ready) {
            this.id = id;
            this.ready = ready;
        }

        /** The target, first put back by {@code restore} if an applied input changed it. */
        String get(Consumer<String> restore) {
            if (!ready) {
                restore.accept(id);
                ready = true;
            }
            return id;
        }

        /** Called after an applied input: if it acted on this target, the target needs putting back. */
        void appliedTo(String target) {
            ready &= !id.equals(target);
        }
    }

    @Test
    void the_regulators_powers_refuse_misfits_with_a_code_and_apply_exactly_what_was_asked() {
        TestLedger ledger = new TestLedger();
        Members.register(ledger);
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.CreateDepositToken(ctx,
                Json.encode(new CreateDepositTokenRequest(DEPOSIT, Currency.of("VND")))));
        // Two standing holders, their holdings tracked through the run (a refusal changes nothing):
        // the frozen part must move by exactly the units each applied input asked.
        Map<String, Holding> held = new HashMap<>(Map.of(
                TO_FREEZE, holder(ledger, TO_FREEZE, PLENTY, 0),
                TO_RELEASE, holder(ledger, TO_RELEASE, PLENTY, PLENTY)));
        // One standing target per paired power, put back by its template after an input undid it.
        Standing frozen = new Standing(open(ledger, "SUSPECT"), false);
        Standing listed = new Standing("SANCTIONED", false);
        Standing running = new Standing(token(ledger, "TO-PAUSE"), true);
        Standing paused = new Standing(token(ledger, "TO-UNPAUSE"), false);
        System.out.println(family("supervision", ledger,
                new Tx("compliance:UnfreezeAccount", REGULATOR_ADMIN,
                        (r, n) -> action(frozen.get(id -> regulate(ledger, compliance::FreezeAccount, id)), n),
                        compliance::UnfreezeAccount, input -> {
                            assertEquals(AccountStatus.ACTIVE, account(ledger, targetOf(input)).status());
                            frozen.appliedTo(targetOf(input));
                        }),
                // Listing needs no account: the regulator may list one before it is opened.
                new Tx("compliance:ListSanction", REGULATOR_OPERATOR, (r, n) -> action("LISTED-" + n, n),
                        compliance::ListSanction, input -> assertRecorded(ledger, input, compliance::GetSanction)),
                new Tx("compliance:LiftSanction", REGULATOR_OPERATOR,
                        (r, n) -> action(listed.get(id -> regulate(ledger, compliance::ListSanction, id)), n),
                        compliance::LiftSanction, input -> {
                            assertNotFound(ledger, ctx -> compliance.GetSanction(ctx, targetOf(input)));
                            listed.appliedTo(targetOf(input));
                        }),
                new Tx("compliance:PauseAsset", REGULATOR_OPERATOR,
                        (r, n) -> action(running.get(id -> regulate(ledger, compliance::UnpauseAsset, id)), n),
                        compliance::PauseAsset, input -> {
                            assertRecorded(ledger, input, compliance::GetAssetPause);
                            running.appliedTo(targetOf(input));
                        }),
                new Tx("compliance:UnpauseAsset", REGULATOR_ADMIN,
                        (r, n) -> action(paused.get(id -> regulate(ledger, compliance::PauseAsset, id)), n),
                        compliance::UnpauseAsset, input -> {
                            assertNotFound(ledger, ctx -> compliance.GetAssetPause(ctx, targetOf(input)));
                            paused.appliedTo(targetOf(input));
                        }),
                new Tx("compliance:FreezeHolding", REGULATOR_OPERATOR,
                        (r, n) -> freeze(TO_FREEZE, 1 + r.nextInt(1_000_000), n), compliance::FreezeHolding,
                        input -> frozenMovedBy(ledger, held, input, +1)),
                new Tx("compliance:UnfreezeHolding", REGULATOR_OPERATOR,
                        (r, n) -> freeze(TO_RELEASE, 1 + r.nextInt(1_000_000), n), compliance::UnfreezeHolding,
                        input -> frozenMovedBy(ledger, held, input, -1)),
                new Tx("compliance:SetSandboxCap", REGULATOR_OPERATOR, (r, n) -> {
                    long perTransaction = 1 + r.nextInt(1_000_000_000);
                    return Json.encode(new SandboxCap(AssetClass.values()[r.nextInt(AssetClass.values().length)],
                            Currency.of(pick(r, CAP_CURRENCIES)), perTransaction,
                            perTransaction + r.nextInt(1_000_000_000)));
                }, compliance::SetSandboxCap, input -> {
                    SandboxCap sent = Json.decode(input, SandboxCap.class);
                    assertEquals(sent, Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> compliance.GetSandboxCap(ctx,
                            sent.assetClass().name(), sent.currency().code())), SandboxCap.class));
                }),
                new Tx("compliance:SetReportingThreshold", REGULATOR_OPERATOR, (r, n) -> Json.encode(
                        new ReportingThreshold(Currency.of(pick(r, CURRENCIES)), 1 + r.nextInt(1_000_000_000))),
                        compliance::SetReportingThreshold, input -> {
                            ReportingThreshold sent = Json.decode(input, ReportingThreshold.class);
                            assertEquals(sent, Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> compliance
                                    .GetReportingThreshold(ctx, sent.currency().code())), ReportingThreshold.class));
                        })));
    }

    @Test
    void membership_and_account_upkeep_refuse_misfits_with_a_code_and_apply_exactly_what_was_asked() {
        TestLedger ledger = new TestLedger();
        Members.register(ledger);
        CLIENTS.forEach(client -> open(ledger, client));
        // Role changes all concern Bank B, so Bank A, whose staff the other steps use, keeps its roles.
        MemberOrg[] bankBBefore = new MemberOrg[1];
        System.out.println(family("membership and accounts", ledger,
                new Tx("governance:ProposeRoleChange", ALLIANCE_ADMIN, (r, n) -> {
                    bankBBefore[0] = org(ledger, BANK_B);
                    return Json.encode(new RoleChangeRequest(BANK_B, roles(r)));
                }, (ctx, json) -> proposed = governance.ProposeRoleChange(ctx, json), input -> {
                    RoleChangeRequest asked = Json.decode(input, RoleChangeRequest.class);
                    RoleChangeProposal made = Json.decode(proposed, RoleChangeProposal.class);
                    assertEquals(made, roleChange(ledger, made.proposalId()));
                    assertEquals(List.of(asked.mspId(), asked.roles(), ALLIANCE, ProposalStatus.PENDING),
                            List.of(made.mspId(), made.roles(), made.proposedBy(), made.status()));
                    // A proposal alone changes nobody's roles.
                    assertEquals(bankBBefore[0], org(ledger, BANK_B));
                }),
                // The alliance proposes, the regulator (another org) approves.
                new Tx("governance:ApproveRoleChange", REGULATOR_ADMIN, (r, n) -> Json.decode(ledger.submit(
                        ALLIANCE_ADMIN, ctx -> governance.ProposeRoleChange(ctx,
                                Json.encode(new RoleChangeRequest(BANK_B, roles(r))))), RoleChangeProposal.class)
                        .proposalId(), governance::ApproveRoleChange, proposalId -> {
                            RoleChangeProposal approved = roleChange(ledger, proposalId);
                            assertEquals(List.of(ProposalStatus.APPROVED, REGULATOR),
                                    List.of(approved.status(), approved.approvedBy()));
                            assertEquals(approved.roles(), org(ledger, approved.mspId()).roles());
                        }),
                new Tx("accounts:UpdateKyc", BANK_A_OPERATOR, (r, n) -> Json.encode(new UpdateKycRequest(
                        pick(r, CLIENTS), new KycAttestation(String.format("%064x", n),
                                KycLevel.values()[r.nextInt(KycLevel.values().length)],
                                LocalDate.parse("2027-01-01").plusDays(r.nextInt(3_000))))),
                        accounts::UpdateKyc, input -> {
                            UpdateKycRequest asked = Json.decode(input, UpdateKycRequest.class);
                            Account updated = account(ledger, asked.accountId());
                            assertEquals(List.of(asked.kyc(), AccountStatus.ACTIVE),
                                    List.of(updated.kyc(), updated.status()));
                        }),
                // A fresh account holding nothing, opened for the close.
                new Tx("accounts:CloseAccount", BANK_A_ADMIN, (r, n) -> open(ledger, "CLOSING-" + n),
                        accounts::CloseAccount,
                        accountId -> assertEquals(AccountStatus.CLOSED, account(ledger, accountId).status())),
                new Tx("cash:CreateDepositToken", BANK_A_OPERATOR, (r, n) -> Json.encode(new CreateDepositTokenRequest(
                        "TOKEN-" + n, Currency.of(pick(r, CURRENCIES)))), cash::CreateDepositToken, input -> {
                            CreateDepositTokenRequest asked = Json.decode(input, CreateDepositTokenRequest.class);
                            DepositToken token = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                                    ctx -> cash.GetDepositToken(ctx, asked.tokenId())), DepositToken.class);
                            assertEquals(List.of(BANK_A, asked.currency()),
                                    List.of(token.issuerMspId(), token.currency()));
                        })));
    }

    @Test
    void bootstrap_refuses_misfits_with_a_code_and_otherwise_founds_exactly_the_two_orgs_asked_for() {
        // runOnFresh has no invariant: the next input's fresh network is the moment to check the last one.
        System.out.println(fuzz.runOnFresh("governance:Bootstrap", () -> {
            checkBootstrapped();
            network = new TestLedger();
            return network;
        }, ALLIANCE_ADMIN, (r, n) -> Json.encode(new BootstrapRequest("Green Finance Alliance " + n,
                r.nextBoolean() ? REGULATOR : "Regulator" + n + "MSP", "State Bank " + n)),
                (ctx, json) -> governance.Bootstrap(ctx, bootstrapSent = json)));
        checkBootstrapped();
    }

    /**
     * If the last network's bootstrap applied: its members are exactly the caller's org as the
     * registry and the regulator asked for, named as asked, and it cannot be bootstrapped again.
     */
    private void checkBootstrapped() {
        if (network == null || network.eventCount() == 0) {
            return;
        }
        try {
            BootstrapRequest asked = Json.decode(bootstrapSent, BootstrapRequest.class);
            Map<String, List<Object>> members = Arrays.stream(Json.decode(network.evaluate(ALLIANCE_ADMIN,
                    ctx -> governance.ListOrgs(ctx)), MemberOrg[].class))
                    .collect(Collectors.toMap(MemberOrg::mspId, o -> List.of(o.name(), o.roles())));
            assertEquals(Map.of(ALLIANCE, List.of(asked.allianceName(), List.of(OrgRole.REGISTRY)),
                    asked.regulatorMspId(), List.of(asked.regulatorName(), List.of(OrgRole.REGULATOR))), members);
            network.assertRefused(ErrorCode.ALREADY_BOOTSTRAPPED, BANK_A_ADMIN,
                    ctx -> governance.Bootstrap(ctx, bootstrapSent));
        } catch (AssertionError e) {
            throw new AssertionError("governance:Bootstrap on " + Fuzz.shown(bootstrapSent) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Runs the family; a failed check names the transaction, the input number and the input. */
    private String family(String name, TestLedger ledger, Tx... txs) {
        return fuzz.runFamily(name, ledger, Arrays.stream(txs).map(Tx::step).toList(), (input, n) -> {
            Tx tx = txs[n % txs.length];
            try {
                tx.check().accept(input);
            } catch (AssertionError e) {
                throw new AssertionError(tx.step().name() + " #" + n + " on " + Fuzz.shown(input) + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** A regulator's action on {@code target}, grounded on a decision of its own. */
    private static String action(String target, int n) {
        return Json.encode(new RegulatoryAction(target, String.format("%064x", n)));
    }

    /** A template's setup: the regulator's action on {@code target}. */
    private void regulate(TestLedger ledger, BiFunction<GreenLedgerContext, String, String> power, String target) {
        ledger.submit(REGULATOR_OPERATOR, ctx -> power.apply(ctx, action(target, 0)));
    }

    private static String freeze(String accountId, long units, int n) {
        return Json.encode(new HoldingFreezeRequest(DEPOSIT, accountId, units, String.format("%064x", n)));
    }

    /** The register now holds the action: on its target, on its grounds, by the regulator. */
    private static void assertRecorded(TestLedger ledger, String input,
            BiFunction<GreenLedgerContext, String, String> read) {
        RegulatoryAction asked = Json.decode(input, RegulatoryAction.class);
        RegulatoryRecord record = Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> read.apply(ctx, asked.targetId())),
                RegulatoryRecord.class);
        assertEquals(List.of(asked.targetId(), asked.referenceHash(), REGULATOR),
                List.of(record.targetId(), record.referenceHash(), record.imposedBy()));
    }

    private static String targetOf(String action) {
        return Json.decode(action, RegulatoryAction.class).targetId();
    }

    /** Opens an account of Bank A's; returns its id. */
    private String open(TestLedger ledger, String accountId) {
        ledger.submit(BANK_A_OPERATOR, ctx -> accounts.OpenAccount(ctx, Json.encode(new OpenAccountRequest(accountId,
                BANK_A, InvestorType.PROFESSIONAL, "VN", KYC))));
        return accountId;
    }

    /** Creates a deposit token of Bank A's; returns its id. */
    private String token(TestLedger ledger, String tokenId) {
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.CreateDepositToken(ctx,
                Json.encode(new CreateDepositTokenRequest(tokenId, Currency.of("VND")))));
        return tokenId;
    }

    /** Opens an account holding {@code units} of the deposit token, {@code frozen} of them frozen. */
    private Holding holder(TestLedger ledger, String accountId, long units, long frozen) {
        open(ledger, accountId);
        ledger.submit(BANK_A_OPERATOR, ctx -> cash.Mint(ctx, Json.encode(new CashRequest(RequestIds.next(), DEPOSIT,
                accountId, units))));
        if (frozen > 0) {
            ledger.submit(REGULATOR_OPERATOR, ctx -> compliance.FreezeHolding(ctx, freeze(accountId, frozen, 0)));
        }
        Holding held = holding(ledger, DEPOSIT, accountId);
        assertEquals(List.of(units, frozen), List.of(held.units(), held.frozenUnits()));
        return held;
    }

    /**
     * After a (un)freeze the holder still holds every unit it held, and its frozen units moved by
     * exactly the units asked ({@code sign} +1: frozen, -1: released); {@code held} moves on.
     */
    private static void frozenMovedBy(TestLedger ledger, Map<String, Holding> held, String input, int sign) {
        HoldingFreezeRequest asked = Json.decode(input, HoldingFreezeRequest.class);
        Holding before = held.get(asked.accountId());
        Holding after = holding(ledger, asked.assetId(), asked.accountId());
        assertEquals(before.units(), after.units(), "units held");
        assertEquals(before.frozenUnits() + sign * asked.units(), after.frozenUnits(), "frozen units");
        held.put(asked.accountId(), after);
    }

    /**
     * The read is refused as NOT_FOUND. (Not assertRefused: its snapshot of the whole world state
     * on every check would make the run quadratic.)
     */
    private static void assertNotFound(TestLedger ledger, Function<GreenLedgerContext, String> read) {
        ContractError refused = ledger.attempt(REGULATOR_VIEWER, read);
        assertEquals(ErrorCode.NOT_FOUND, refused == null ? null : refused.code(), "still there");
    }

    private static Holding holding(TestLedger ledger, String assetId, String accountId) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> new HoldingContract().GetHolding(ctx, assetId, accountId)), Holding.class);
    }

    private Account account(TestLedger ledger, String accountId) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> accounts.GetAccount(ctx, accountId)), Account.class);
    }

    private MemberOrg org(TestLedger ledger, String mspId) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> governance.GetOrg(ctx, mspId)), MemberOrg.class);
    }

    private RoleChangeProposal roleChange(TestLedger ledger, String proposalId) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> governance.GetRoleChange(ctx, proposalId)),
                RoleChangeProposal.class);
    }

    /** Any non-empty set of roles, governing ones included: granting those is what approval is for. */
    private static List<OrgRole> roles(Random random) {
        List<OrgRole> roles = Arrays.stream(OrgRole.values()).filter(role -> random.nextBoolean()).toList();
        return roles.isEmpty() ? List.of(OrgRole.CUSTODIAN) : roles;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
