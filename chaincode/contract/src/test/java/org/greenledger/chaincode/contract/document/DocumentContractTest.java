package org.greenledger.chaincode.contract.document;

import static org.greenledger.chaincode.contract.support.Market.BOND;
import static org.greenledger.chaincode.contract.support.Members.BANK_A;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.BANK_A_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.BANK_B_OPERATOR;
import static org.greenledger.chaincode.contract.support.Members.REGULATOR_VIEWER;
import static org.greenledger.chaincode.contract.support.Members.VERIFIER_OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.contract.support.Market;
import org.greenledger.chaincode.contract.support.TestLedger;
import org.junit.jupiter.api.Test;

class DocumentContractTest {
    private final DocumentContract documents = new DocumentContract();
    private final TestLedger ledger = new Market().ledger;

    private static String request(DocumentKind kind, String hash, String uri) {
        return Json.encode(new RegisterDocumentRequest(BOND, kind, hash, uri));
    }

    @Test
    void the_issuer_and_the_reviewer_register_documents_by_hash_and_a_replay_changes_nothing() {
        String prospectus = request(DocumentKind.PROSPECTUS, "1".repeat(64), "https://banka.example/prospectus.pdf");
        Document first = Json.decode(ledger.submit(BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx,
                prospectus)), Document.class);
        assertEquals(BANK_A, first.registeredBy());
        int events = ledger.eventCount();
        ledger.submit(BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx, prospectus));
        assertEquals(events, ledger.eventCount());
        ledger.submit(VERIFIER_OPERATOR, ctx -> documents.RegisterDocument(ctx,
                request(DocumentKind.SECOND_PARTY_OPINION, "2".repeat(64), "ipfs://bafy/spo.pdf")));
        List<?> listed = Json.decode(ledger.evaluate(REGULATOR_VIEWER, ctx -> documents.ListDocuments(ctx, BOND)),
                List.class);
        assertEquals(2, listed.size());
    }

    @Test
    void others_cannot_register_and_bad_input_is_refused() {
        String doc = request(DocumentKind.OTHER, "3".repeat(64), "https://x.example/a");
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_B_OPERATOR, ctx -> documents.RegisterDocument(ctx, doc));
        ledger.assertRefused(ErrorCode.NOT_AUTHORIZED, BANK_A_VIEWER, ctx -> documents.RegisterDocument(ctx, doc));
        ledger.assertRefused(ErrorCode.NOT_FOUND, BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx,
                Json.encode(new RegisterDocumentRequest("NOTHING", DocumentKind.OTHER, "3".repeat(64), "https://x/a"))));
        ledger.assertRefused(ErrorCode.INVALID_ARGUMENT, BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx,
                doc.replace("https://x.example/a", "relative/path")));
        ledger.submit(BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx, doc));
        ledger.assertRefused(ErrorCode.ALREADY_EXISTS, BANK_A_OPERATOR, ctx -> documents.RegisterDocument(ctx,
                request(DocumentKind.PROSPECTUS, "3".repeat(64), "https://x.example/a")));
    }
}
