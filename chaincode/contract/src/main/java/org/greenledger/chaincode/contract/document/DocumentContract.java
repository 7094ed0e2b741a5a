package org.greenledger.chaincode.contract.document;

import static org.greenledger.chaincode.api.Transaction.REGISTER_DOCUMENT;
import static org.greenledger.chaincode.api.governance.UserRole.ADMIN;
import static org.greenledger.chaincode.api.governance.UserRole.OPERATOR;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.Transaction.Contracts;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.greenledger.chaincode.api.event.EventType;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.GreenLedgerContext;
import org.greenledger.chaincode.contract.GreenLedgerContract;
import org.greenledger.chaincode.contract.Requests;
import org.greenledger.chaincode.contract.access.AccessPolicy;
import org.greenledger.chaincode.contract.access.Caller;
import org.greenledger.chaincode.contract.asset.BondRegister;
import org.greenledger.chaincode.contract.asset.CarbonProjectRegister;
import org.greenledger.chaincode.contract.ledger.Ledger;
import org.greenledger.chaincode.contract.proceeds.ProjectRegister;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Documents by hash: a prospectus, a framework, a second-party opinion, a verification statement
 * stays off-ledger; the ledger records its SHA-256 and URI, so anyone holding the file can prove
 * it is the one the issuer or the verifier published. Registered by the subject's issuer or its
 * verifier; read by every member.
 */
@Contract(name = Contracts.DOCUMENTS, info = @Info(title = "GreenLedger documents", version = "0.1.0"))
public final class DocumentContract implements GreenLedgerContract {
    private static final String DOCUMENT = "document";
    private static final AccessPolicy STAFF = AccessPolicy.anyMember().users(OPERATOR, ADMIN);
    private static final AccessPolicy MEMBER = AccessPolicy.anyMember();

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String RegisterDocument(GreenLedgerContext ctx, String requestJson) {
        Caller caller = STAFF.check(ctx);
        RegisterDocumentRequest request = Requests.decode(requestJson, REGISTER_DOCUMENT);
        List<String> publishers = publishers(ctx.ledger(), request.subjectId());
        if (!publishers.contains(caller.mspId())) {
            throw ContractError.notAuthorized("documents about " + request.subjectId() + " are registered by "
                    + publishers);
        }
        Ledger ledger = ctx.ledger();
        String key = ledger.key(DOCUMENT, request.subjectId(), request.sha256());
        Optional<Document> earlier = ledger.read(key, Document.class);
        if (earlier.isPresent()) {
            if (earlier.get().request().equals(request)) {
                return Json.encode(earlier.get());
            }
            throw ContractError.alreadyExists("document", request.sha256());
        }
        Document document = new Document(request, caller.mspId(), ledger.now());
        ledger.write(key, document);
        ledger.emit(EventType.DOCUMENT_REGISTERED, document);
        return Json.encode(document);
    }

    /** The subject's documents, in hash order. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String ListDocuments(GreenLedgerContext ctx, String subjectId) {
        MEMBER.check(ctx);
        String subject = Requests.id("subjectId", subjectId, Check.ID);
        publishers(ctx.ledger(), subject);
        return Json.encode(ctx.ledger().readAll(DOCUMENT, Document.class, subject));
    }

    /**
     * Who may publish about the subject: a bond's issuer and reviewer, a green project's issuer and
     * verifier, a carbon project's listing bank, validator and registry.
     */
    private static List<String> publishers(Ledger ledger, String subjectId) {
        var bond = new BondRegister(ledger).find(subjectId);
        if (bond.isPresent()) {
            return List.of(bond.get().terms().issuerMspId(), bond.get().terms().framework().externalReviewerMspId());
        }
        var project = new ProjectRegister(ledger).find(subjectId);
        if (project.isPresent()) {
            return List.of(project.get().issuerMspId(), project.get().terms().verifierMspId());
        }
        var carbon = new CarbonProjectRegister(ledger).find(subjectId);
        if (carbon.isPresent()) {
            return java.util.stream.Stream.of(carbon.get().listedBy(), carbon.get().validatedBy(),
                    carbon.get().registeredBy()).filter(java.util.Objects::nonNull).toList();
        }
        throw ContractError.notFound("bond, green project or carbon project", subjectId);
    }
}
