package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.DEV;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.PROJECT;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.decision;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.listing;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.ref;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.carbon.AdjustmentRequest;
import org.greenledger.chaincode.api.carbon.Article6;
import org.greenledger.chaincode.api.carbon.BlockFreezeRequest;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.BlockStatus;
import org.greenledger.chaincode.api.carbon.CancelCreditsRequest;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.carbon.CorrespondingAdjustment;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditLabel;
import org.greenledger.chaincode.api.carbon.CreditsMoved;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.IssueCreditsRequest;
import org.greenledger.chaincode.api.carbon.ListCarbonProjectRequest;
import org.greenledger.chaincode.api.carbon.MonitoringReport;
import org.greenledger.chaincode.api.carbon.MonitoringReportRequest;
import org.greenledger.chaincode.api.carbon.ProjectCreditLedger;
import org.greenledger.chaincode.api.carbon.ProjectDecision;
import org.greenledger.chaincode.api.carbon.SerialRange;
import org.greenledger.chaincode.api.carbon.TransferCreditsRequest;
import org.greenledger.chaincode.api.carbon.VerificationRequest;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.movement.CreditBlocks;
import org.greenledger.chaincode.contract.support.Fuzz;
import org.greenledger.chaincode.contract.support.TestIdentity;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

/**
 * Generated requests ({@link Fuzz}) against the carbon registry's write transactions, in two
 * families on the in-memory ledger. An input whose transaction needs an earlier step (a listed
 * project to validate, a verified report to issue, a block of authorized units, a frozen block)
 * has that step submitted first under ids of its own, so every transaction gets inputs it can
 * apply; what was prepared serves the transaction's next inputs until one applies (a refusal
 * changes nothing), which keeps the run short. After each applied input the record written is the one asked for: the project in its new
 * status, the report as verified, the verified tonnes or the external range as the vintage's next
 * serials, exactly the serials asked cancelled, the adjustment applied, a frozen block refused a
 * transfer. Every {@value #LEDGER_CHECK_EVERY} applied inputs and at the end the project's credit
 * ledger adds up: it issued and cancelled what the inputs did, and every serial issued is active
 * with a holder, retired or cancelled. The counts are printed.
 */
class CarbonFuzzTest {
    /** Reading every block of every holder is dear; the per-input checks read single keys. */
    private static final int LEDGER_CHECK_EVERY = 200;
    private static final String LETTER = "VN-LoA-2027-004";
    /** Accounts that receive imports; with the buffer pool, every holder of the project's credits here. */
    private static final List<String> RECEIVERS = List.of(DEV, "A1", "B1");
    private static final List<String> HOLDERS = List.of(DEV, "A1", "B1", CreditBlock.BUFFER_POOL);
    private static final String HASH = "5".repeat(64);
    /** Who holds the credit-blocks family's blocks, split off {@link #SUPPLY} tonnes of the developer's. */
    private static final String HOLDER = "A1";
    private static final long SUPPLY = 1_000_000;

    private final Fuzz fuzz = new Fuzz();
    private final CarbonRegistry registry = new CarbonRegistry(null);
    private final TestLedger ledger = registry.ledger;
    /** Tonnes the project issued and imported, and cancelled, by the applied inputs; how many applied. */
    private long issued;
    private long cancelled;
    private int applied;
    /** The next serial of a project's vintage ("project vintage"): issuance and imports take serials in turn. */
    private final Map<String, Long> nextSerial = new HashMap<>();
    /** What each transaction's template prepared, by its place in the family (see {@link #prepared}). */
    private final Map<Integer, Object> prepared = new HashMap<>();
    private int steps;
    /** The block of the current input of the credit-blocks family, and the supply's first serial. */
    private SerialRange block;
    private long supplyFirst = 1;

    /** A transaction of a family with what must hold after each of its applied inputs. */
    private record Checked(Fuzz.Step step, BiConsumer<String, Integer> check) {
    }

    @Test
    void projects_and_issuance_refuse_with_a_code_or_write_what_was_asked() {
        CarbonProjectContract projects = registry.projects;
        CreditIssuanceContract issuance = registry.issuance;
        List<Checked> family = List.of(
                checked("carbonProjects:ListCarbonProject", BANK_A_OPERATOR,
                        (r, n) -> Json.encode(listing("CP-" + n, null)), projects::ListCarbonProject, this::listed),
                checked("carbonProjects:ValidateCarbonProject", VERIFIER_OPERATOR,
                        (r, n) -> decisionOn(prepared(n, () -> list(n))), projects::ValidateCarbonProject,
                        decided(CarbonProjectStatus.VALIDATED)),
                checked("carbonProjects:RegisterCarbonProject", ALLIANCE_OPERATOR,
                        (r, n) -> decisionOn(prepared(n, () -> validate(list(n)))), projects::RegisterCarbonProject,
                        decided(CarbonProjectStatus.REGISTERED)),
                checked("carbonProjects:RejectCarbonProject", ALLIANCE_OPERATOR,
                        (r, n) -> decisionOn(prepared(n, () -> validate(list(n)))), projects::RejectCarbonProject,
                        decided(CarbonProjectStatus.REJECTED)),
                checked("carbonProjects:WithdrawCarbonProject", BANK_A_OPERATOR,
                        (r, n) -> decisionOn(prepared(n, () -> list(n))), projects::WithdrawCarbonProject,
                        decided(CarbonProjectStatus.WITHDRAWN)),
                checked("creditIssuance:SubmitMonitoringReport", BANK_A_OPERATOR,
                        (r, n) -> Json.encode(report("MR-" + n, 1 + r.nextInt(1_000))),
                        issuance::SubmitMonitoringReport, this::submitted),
                checked("creditIssuance:VerifyMonitoringReport", VERIFIER_OPERATOR, (r, n) -> {
                    MonitoringReportRequest report = prepared(n, () -> submit(report("MR-" + n, 1 + r.nextInt(1_000))));
                    return Json.encode(new VerificationRequest(PROJECT, report.reportId(),
                            1 + r.nextInt((int) report.claimedTonnes()), HASH));
                }, issuance::VerifyMonitoringReport, this::verified),
                checked("creditIssuance:IssueCredits", ALLIANCE_OPERATOR, (r, n) -> {
                    String reportId = prepared(n, () -> verify(submit(report("MR-" + n, 1 + r.nextInt(1_000)))));
                    boolean authorized = r.nextBoolean();
                    return Json.encode(new IssueCreditsRequest(PROJECT, reportId, r.nextInt(10_001),
                            authorized ? List.of(CreditLabel.ARTICLE6_AUTHORIZED, CreditLabel.CCP) : List.of(),
                            authorized ? LETTER : null));
                }, issuance::IssueCredits, this::issuedAsVerified),
                // Each input imports its own external range, so only a misfit can overlap an earlier one.
                checked("creditIssuance:ImportCredits", ALLIANCE_OPERATOR, (r, n) -> {
                    long first = 1_000L * n;
                    return Json.encode(new ImportCreditsRequest("IMP-" + n, PROJECT, 2026, "VERRA", "VCS-1234", first,
                            first + r.nextInt(500), "6".repeat(64), RECEIVERS.get(r.nextInt(RECEIVERS.size())),
                            List.of(), null));
                }, issuance::ImportCredits, this::imported));
        System.out.println(run("carbon projects and issuance", family));
        checkCreditLedger("the end");
    }

    @Test
    void credit_blocks_refuse_with_a_code_or_change_only_the_block_named() {
        CreditContract credits = registry.credits;
        // Authorized units, their corresponding adjustment PENDING, that the steps' blocks are split off.
        registry.issue("MR-SUPPLY", SUPPLY, 0, List.of(CreditLabel.ARTICLE6_AUTHORIZED), LETTER);
        issued = SUPPLY;
        List<Checked> family = List.of(
                checked("credits:CancelCredits", ALLIANCE_OPERATOR, (r, n) -> Json.encode(new CancelCreditsRequest(
                        "C-" + n, ref(HOLDER, blockFor(n, r, false).first()), 1 + r.nextInt((int) block.quantity()),
                        HASH)), credits::CancelCredits, this::cancelledAsAsked),
                checked("credits:ApplyCorrespondingAdjustment", ALLIANCE_OPERATOR, (r, n) -> Json.encode(
                        new AdjustmentRequest(ref(HOLDER, blockFor(n, r, false).first()), HASH)),
                        credits::ApplyCorrespondingAdjustment, this::adjusted),
                checked("credits:FreezeCreditBlock", REGULATOR_OPERATOR, (r, n) -> Json.encode(new BlockFreezeRequest(
                        ref(HOLDER, blockFor(n, r, false).first()), HASH)), credits::FreezeCreditBlock, this::frozen),
                checked("credits:UnfreezeCreditBlock", REGULATOR_OPERATOR, (r, n) -> Json.encode(
                        new BlockFreezeRequest(ref(HOLDER, blockFor(n, r, true).first()), HASH)),
                        credits::UnfreezeCreditBlock, this::unfrozen));
        System.out.println(run("credit blocks", family));
        checkCreditLedger("the end");
    }

    private String run(String name, List<Checked> family) {
        steps = family.size();
        return fuzz.runFamily(name, ledger, family.stream().map(Checked::step).toList(), (input, n) -> {
            // Fuzz gives input n to transaction n % size: the same one checks it. What the template
            // prepared is used up: the next input of the transaction gets it prepared anew.
            prepared.remove(n % steps);
            family.get(n % steps).check().accept(input, n);
            if (++applied % LEDGER_CHECK_EVERY == 0) {
                checkCreditLedger("#" + n + " " + Fuzz.shown(input));
            }
        });
    }

    /**
     * What the template of input {@code n}'s transaction prepared before (a listed project, a
     * submitted report, a block), or {@code setUp}'s, prepared now. An input refused changes
     * nothing, so the next input of the transaction can use the same; one applied drops it.
     */
    @SuppressWarnings("unchecked")
    private <T> T prepared(int n, Supplier<T> setUp) {
        return (T) prepared.computeIfAbsent(n % steps, step -> setUp.get());
    }

    private static Checked checked(String name, TestIdentity who, BiFunction<Random, Integer, String> template,
            BiFunction<GreenLedgerContext, String, String> tx, BiConsumer<String, Integer> check) {
        return new Checked(new Fuzz.Step(name, who, template, tx), check);
    }

    // ---------------------------------------------------------------- projects and issuance

    /** Lists a new project CP-n; returns its id. */
    private String list(int n) {
        ledger.submit(BANK_A_OPERATOR, ctx -> registry.projects.ListCarbonProject(ctx,
                Json.encode(listing("CP-" + n, null))));
        return "CP-" + n;
    }

    private String validate(String projectId) {
        ledger.submit(VERIFIER_OPERATOR, ctx -> registry.projects.ValidateCarbonProject(ctx, decisionOn(projectId)));
        return projectId;
    }

    private static String decisionOn(String projectId) {
        return Json.encode(decision(projectId));
    }

    private static MonitoringReportRequest report(String reportId, long claimedTonnes) {
        return new MonitoringReportRequest(reportId, PROJECT, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                claimedTonnes, "3".repeat(64));
    }

    private MonitoringReportRequest submit(MonitoringReportRequest report) {
        ledger.submit(BANK_A_OPERATOR, ctx -> registry.issuance.SubmitMonitoringReport(ctx, Json.encode(report)));
        return report;
    }

    /** Verifies all the tonnes claimed; returns the report's id. */
    private String verify(MonitoringReportRequest report) {
        ledger.submit(VERIFIER_OPERATOR, ctx -> registry.issuance.VerifyMonitoringReport(ctx, Json.encode(
                new VerificationRequest(PROJECT, report.reportId(), report.claimedTonnes(), "4".repeat(64)))));
        return report.reportId();
    }

    private CarbonProject project(String projectId) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> registry.projects.GetCarbonProject(ctx, projectId)),
                CarbonProject.class);
    }

    private MonitoringReport monitoringReport(String projectId, String reportId) {
        return Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> registry.issuance.GetMonitoringReport(ctx, projectId, reportId)), MonitoringReport.class);
    }

    /** A listed project is the one asked for, listed by the calling bank and waiting for its verifier. */
    private void listed(String input, int n) {
        ListCarbonProjectRequest asked = Json.decode(input, ListCarbonProjectRequest.class);
        CarbonProject project = project(asked.projectId());
        assertEquals(List.of(asked, BANK_A, CarbonProjectStatus.LISTED), List.of(project.terms(), project.listedBy(),
                project.status()), "#" + n + " " + Fuzz.shown(input));
    }

    /** The project moved to {@code status} on the document asked; who validated and registered it is recorded. */
    private BiConsumer<String, Integer> decided(CarbonProjectStatus status) {
        return (input, n) -> {
            ProjectDecision asked = Json.decode(input, ProjectDecision.class);
            CarbonProject project = project(asked.projectId());
            String what = "#" + n + " " + Fuzz.shown(input);
            assertEquals(List.of(status, asked.documentHash()), List.of(project.status(), project.lastDecision()),
                    what);
            if (status == CarbonProjectStatus.VALIDATED || status == CarbonProjectStatus.REGISTERED) {
                assertEquals(VERIFIER, project.validatedBy(), what);
            }
            if (status == CarbonProjectStatus.REGISTERED) {
                assertEquals(ALLIANCE, project.registeredBy(), what);
            }
        };
    }

    private void submitted(String input, int n) {
        MonitoringReportRequest asked = Json.decode(input, MonitoringReportRequest.class);
        MonitoringReport report = monitoringReport(asked.projectId(), asked.reportId());
        assertEquals(asked, report.request(), "#" + n + " " + Fuzz.shown(input));
        assertFalse(report.verified(), "#" + n + " a submitted report waits for its verifier");
    }

    /** The verifier's tonnes are those asked, never more than claimed. */
    private void verified(String input, int n) {
        VerificationRequest asked = Json.decode(input, VerificationRequest.class);
        MonitoringReport report = monitoringReport(asked.projectId(), asked.reportId());
        assertEquals(List.of(VERIFIER, asked.verifiedTonnes(), asked.statementHash()),
                List.of(report.verifierMspId(), report.verifiedTonnes(), report.statementHash()),
                "#" + n + " " + Fuzz.shown(input));
        assertFalse(report.verifiedTonnes() > report.request().claimedTonnes(), "#" + n + " more than claimed");
    }

    /**
     * The verified tonnes became the vintage's next serials: the developer's block, then the
     * buffer's share (rounded up) at the end of the range, both with the labels and letter asked.
     */
    private void issuedAsVerified(String input, int n) {
        IssueCreditsRequest asked = Json.decode(input, IssueCreditsRequest.class);
        MonitoringReport report = monitoringReport(asked.projectId(), asked.reportId());
        long tonnes = report.verifiedTonnes();
        long buffer = (tonnes * asked.bufferBasisPoints() + 9_999) / 10_000;
        long first = takeSerials(asked.projectId(), report.request().vintage(), tonnes);
        String what = "#" + n + " " + Fuzz.shown(input);
        expectBlock(new BlockRef(DEV, asked.projectId(), report.request().vintage(), first), tonnes - buffer,
                asked.labels(), asked.letterOfAuthorization(), what);
        expectBlock(new BlockRef(CreditBlock.BUFFER_POOL, asked.projectId(), report.request().vintage(),
                first + tonnes - buffer), buffer, asked.labels(), asked.letterOfAuthorization(), what);
    }

    /** The external range came in whole as the vintage's next serials, to the account asked. */
    private void imported(String input, int n) {
        ImportCreditsRequest asked = Json.decode(input, ImportCreditsRequest.class);
        long first = takeSerials(asked.projectId(), asked.vintage(), asked.quantity());
        expectBlock(new BlockRef(asked.toAccountId(), asked.projectId(), asked.vintage(), first), asked.quantity(),
                asked.labels(), asked.letterOfAuthorization(), "#" + n + " " + Fuzz.shown(input));
    }

    /** The first of the next {@code tonnes} serials of the project's vintage, counted by the test. */
    private long takeSerials(String projectId, int vintage, long tonnes) {
        long first = nextSerial.getOrDefault(projectId + " " + vintage, 1L);
        nextSerial.put(projectId + " " + vintage, first + tonnes);
        if (projectId.equals(PROJECT)) {
            issued += tonnes;
        }
        return first;
    }

    /** An active block of {@code tonnes} at {@code at} (none if no tonnes) with the labels and letter asked. */
    private void expectBlock(BlockRef at, long tonnes, List<CreditLabel> labels, String letter, String what) {
        CreditBlock found = active(at);
        if (tonnes == 0) {
            assertNull(found, what + ": no block for no tonnes at " + at);
            return;
        }
        assertNotNull(found, what + ": no block at " + at);
        assertEquals(List.of(tonnes, labels, Article6.of(letter)), List.of(found.quantity(), found.labels(),
                found.article6()), what + " at " + at);
    }

    // ---------------------------------------------------------------- credit blocks

    /**
     * The block input {@code n} names (see {@link #prepared}); a new one is 1 to 50 tonnes the
     * developer's bank splits off the supply to {@link #HOLDER}, frozen by the regulator if asked.
     */
    private SerialRange blockFor(int n, Random random, boolean frozen) {
        block = prepared(n, () -> {
            SerialRange split = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> registry.credits.TransferCredits(
                    ctx, Json.encode(new TransferCreditsRequest("SPLIT-" + n, ref(DEV, supplyFirst), HOLDER,
                            1 + random.nextInt(50))))), CreditsMoved.class).range();
            supplyFirst = split.last() + 1;
            if (frozen) {
                ledger.submit(REGULATOR_OPERATOR, ctx -> registry.credits.FreezeCreditBlock(ctx, Json.encode(
                        new BlockFreezeRequest(ref(HOLDER, split.first()), "7".repeat(64)))));
            }
            return split;
        });
        return block;
    }

    /** Exactly the first serials asked were cancelled; the rest stays active, the step's next block. */
    private void cancelledAsAsked(String input, int n) {
        CancelCreditsRequest asked = Json.decode(input, CancelCreditsRequest.class);
        String what = "#" + n + " " + Fuzz.shown(input);
        CreditBlock ended = Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> new CreditBlocks(ctx.ledger())
                .ended(asked.block()).map(Json::encode).orElseThrow()), CreditBlock.class);
        assertEquals(List.of(block.head(asked.quantity()), BlockStatus.CANCELLED, HOLDER),
                List.of(ended.range(), ended.status(), ended.holderAccountId()), what);
        assertNull(active(asked.block()), what + ": the cancelled serials are still active");
        if (asked.quantity() < block.quantity()) {
            CreditBlock rest = active(ref(HOLDER, block.first() + asked.quantity()));
            assertEquals(block.tail(asked.quantity()), rest == null ? null : rest.range(), what + ": the rest");
            prepared.put(n % steps, block.tail(asked.quantity()));
        }
        cancelled += asked.quantity();
    }

    private void adjusted(String input, int n) {
        CreditBlock adjusted = activeAsIssued(input, n);
        assertEquals(new Article6(LETTER, CorrespondingAdjustment.APPLIED), adjusted.article6(), "#" + n);
    }

    /** A frozen block does not move: its bank's transfer of a single tonne is refused, writing nothing. */
    private void frozen(String input, int n) {
        assertEquals(HASH, activeAsIssued(input, n).frozenBy(), "#" + n);
        ContractError refused = ledger.attempt(BANK_A_OPERATOR, ctx -> registry.credits.TransferCredits(ctx,
                Json.encode(new TransferCreditsRequest("FROZEN-" + n, ref(HOLDER, block.first()), "A2", 1))));
        assertEquals(ErrorCode.INSUFFICIENT_UNITS, refused == null ? null : refused.code(), "#" + n + " moved frozen");
    }

    private void unfrozen(String input, int n) {
        assertNull(activeAsIssued(input, n).frozenBy(), "#" + n);
    }

    /** The block named is the one prepared, whole, still its holder's and active. */
    private CreditBlock activeAsIssued(String input, int n) {
        BlockRef named = Json.decode(JsonParser.parseString(input).getAsJsonObject().get("block").toString(),
                BlockRef.class);
        CreditBlock found = active(named);
        assertNotNull(found, "#" + n + " " + Fuzz.shown(input));
        assertEquals(List.of(block, HOLDER), List.of(found.range(), found.holderAccountId()), "#" + n);
        return found;
    }

    // ---------------------------------------------------------------- shared

    private CreditBlock active(BlockRef ref) {
        String json = ledger.evaluate(REGULATOR_VIEWER, ctx -> new CreditBlocks(ctx.ledger()).active(ref)
                .map(Json::encode).orElse(null));
        return json == null ? null : Json.decode(json, CreditBlock.class);
    }

    /**
     * The project's credit ledger: it issued what the applied inputs issued (and the setup), it
     * cancelled what they cancelled, and every serial issued is active with a holder, retired or
     * cancelled.
     */
    private void checkCreditLedger(String when) {
        ProjectCreditLedger report = Json.decode(ledger.evaluate(REGULATOR_VIEWER,
                ctx -> registry.credits.GetProjectCreditLedger(ctx, PROJECT)), ProjectCreditLedger.class);
        long active = HOLDERS.stream().flatMap(h -> registry.blocks(h).stream())
                .filter(b -> b.projectId().equals(PROJECT)).mapToLong(CreditBlock::quantity).sum();
        assertEquals(List.of(issued, cancelled, report.issuedUnits()),
                List.of(report.issuedUnits(), report.cancelledUnits(),
                        active + report.retiredUnits() + report.cancelledUnits()), "credit ledger after " + when);
    }
}
