package org.greenledger.chaincode.contract.carbon;

import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.decision;
import static org.greenledger.chaincode.contract.carbon.CarbonRegistry.listing;
import static org.greenledger.chaincode.contract.support.Members.ALLIANCE_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CarbonProjectStatus;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.contract.document.DocumentContract;
import org.greenledger.chaincode.contract.support.Market;
import org.junit.jupiter.api.Test;

class CarbonProjectContractTest {
    private final CarbonRegistry registry = new CarbonRegistry(null);
    private final CarbonProjectContract projects = registry.projects;

    private CarbonProject project(String id) {
        return Json.decode(registry.ledger.evaluate(REGULATOR_VIEWER, ctx -> projects.GetCarbonProject(ctx, id)),
                CarbonProject.class);
    }

    @Test
    void listed_by_the_developers_bank_validated_by_a_verifier_registered_by_the_registry() {
        CarbonProject registered = project(CarbonRegistry.PROJECT);
        assertEquals(CarbonProjectStatus.REGISTERED, registered.status());
        assertEquals("VerifierMSP", registered.validatedBy());
        assertEquals("AllianceMSP", registered.registeredBy());
        var changes = Json.decode(registry.ledger.evaluate(REGULATOR_VIEWER, ctx -> new org.greenledger.chaincode
                .contract.history.HistoryContract().RecordHistory(ctx, "CARBON_PROJECT", CarbonRegistry.PROJECT)),
                org.greenledger.chaincode.api.history.RecordChange[].class);
        assertEquals(List.of("LISTED", "VALIDATED", "REGISTERED"), java.util.Arrays.stream(changes)
                .map(c -> Json.decode(c.value(), CarbonProject.class).status().name()).toList(), "the regulator's history");
    }

    @Test
    void its_bank_validator_and_registry_register_its_documents_by_hash() {
        var documents = new DocumentContract();
        String pdd = Json.encode(new RegisterDocumentRequest(CarbonRegistry.PROJECT,
                DocumentKind.PROJECT_EVIDENCE, "a".repeat(64),
                "https://registry.example/wind-7/pdd.pdf"));
        registry.ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> documents.RegisterDocument(ctx, pdd));
        registry.ledger.submit(BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx, pdd));
        registry.ledger.submit(VERIFIER_OPERATOR, ctx -> documents.RegisterDocument(ctx, pdd.replace("a".repeat(64),
                "b".repeat(64))));
        assertEquals(2, Json.decode(registry.ledger.evaluate(REGULATOR_VIEWER,
                ctx -> documents.ListDocuments(ctx, CarbonRegistry.PROJECT)), List.class).size());
    }

    @Test
    void every_step_is_refused_to_the_wrong_org_role_or_status() {
        var ledger = registry.ledger;
        String next = Json.encode(listing("SOLAR-9", null));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> projects.ListCarbonProject(ctx, next));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> projects.ListCarbonProject(ctx, next));
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> projects.ListCarbonProject(ctx,
                Json.encode(listing(CarbonRegistry.PROJECT, null))));
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> projects.ListCarbonProject(ctx,
                Json.encode(listing(Market.BOND, null))));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> projects.ListCarbonProject(ctx,
                Json.encode(listing("SOLAR-9", "NO-GREEN-PROJECT"))));
        ledger.submit(BANK_A_OPERATOR, ctx -> projects.ListCarbonProject(ctx, next));
        String step = Json.encode(decision("SOLAR-9"));
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, ALLIANCE_OPERATOR,
                ctx -> projects.RegisterCarbonProject(ctx, step));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_OPERATOR, ctx -> projects.ValidateCarbonProject(ctx, step));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, VERIFIER_OPERATOR, ctx -> projects.RegisterCarbonProject(ctx, step));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> projects.WithdrawCarbonProject(ctx, step));
        ledger.submit(BANK_A_OPERATOR, ctx -> projects.WithdrawCarbonProject(ctx, step));
        assertEquals(CarbonProjectStatus.WITHDRAWN, project("SOLAR-9").status());
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, VERIFIER_OPERATOR,
                ctx -> projects.ValidateCarbonProject(ctx, step));
        ledger.assertRefused(ErrorCode.INVALID_TRANSITION, ALLIANCE_OPERATOR,
                ctx -> projects.RejectCarbonProject(ctx, Json.encode(decision(CarbonRegistry.PROJECT))));
    }
}
