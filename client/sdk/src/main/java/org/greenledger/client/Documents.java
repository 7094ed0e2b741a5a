package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;

/**
 * Documents about a bond, a green project or a carbon project (a prospectus, a framework, a
 * second-party opinion, a verification statement), registered by SHA-256 and URI; the file
 * itself stays off the ledger, and anyone holding it can prove it is the one published. A bond's
 * documents are registered by its issuer or external reviewer, a green project's by its issuer
 * or verifier, a carbon project's by the bank that listed it, its validator or its registry
 * ({@code gl.role} {@code operator} or {@code admin}). Every member reads them.
 *
 * <pre>{@code
 * issuer.documents().register(new RegisterDocumentRequest(isin, DocumentKind.PROSPECTUS, prospectusSha256,
 *         "https://issuer.example/bonds/prospectus.pdf"));
 * List<Document> published = investor.documents().of(isin);
 * }</pre>
 */
public interface Documents {
    /**
     * Registers a document about a subject. Keyed by the subject and the hash: the same request
     * sent again returns the first record (replay-safe); the same hash with other details is
     * refused.
     *
     * @param request the subject's id, the kind of document, its SHA-256 and its URI
     * @return the document as recorded, with its publisher and time
     * @throws RejectedException {@code NOT_AUTHORIZED} for an org that may not publish about the
     *                           subject; {@code NOT_FOUND} for an unknown subject;
     *                           {@code ALREADY_EXISTS} for the same hash registered differently
     */
    Document register(RegisterDocumentRequest request);

    /**
     * Lists a subject's documents.
     *
     * @param subjectId the bond, green project or carbon project
     * @return its documents, in hash order
     * @throws RejectedException {@code NOT_FOUND} for an unknown subject
     */
    List<Document> of(String subjectId);
}
