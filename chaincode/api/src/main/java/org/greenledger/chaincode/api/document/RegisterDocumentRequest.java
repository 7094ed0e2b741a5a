package org.greenledger.chaincode.api.document;

import java.net.URI;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * Registers a document about a bond or a green project by its hash and where to fetch it.
 * Registering the same hash for the same subject again changes nothing.
 *
 * @param subjectId the bond id or project id the document is about
 * @param kind      what it is
 * @param sha256    lowercase hex SHA-256 of the file
 * @param uri       an absolute URI (https, ipfs, ...) where members can fetch it
 */
public record RegisterDocumentRequest(String subjectId, DocumentKind kind, String sha256, String uri)
        implements Idempotent {
    public RegisterDocumentRequest {
        Check.matches("subjectId", subjectId, Check.ID);
        Check.present("kind", kind);
        Check.matches("sha256", sha256, Check.SHA256_HEX);
        Check.text("uri", uri, 500);
        try {
            if (!URI.create(uri).isAbsolute()) {
                throw GreenLedgerError.invalid("uri", "must be absolute");
            }
        } catch (IllegalArgumentException e) {
            throw GreenLedgerError.invalid("uri", "is not a URI");
        }
    }
}
