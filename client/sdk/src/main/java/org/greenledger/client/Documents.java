package org.greenledger.client;

import java.util.List;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;

/**
 * Documents about a bond or a green project, registered by SHA-256 and URI by the subject's
 * issuer or verifier; the file itself stays off-ledger. Registering the same hash again for the
 * same subject changes nothing.
 */
public interface Documents {
    Document register(RegisterDocumentRequest request);

    /** The subject's documents, in hash order. */
    List<Document> of(String subjectId);
}
