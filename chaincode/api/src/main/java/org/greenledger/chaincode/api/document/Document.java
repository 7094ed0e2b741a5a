package org.greenledger.chaincode.api.document;

import java.time.Instant;

/**
 * A registered document.
 *
 * @param request      subject, kind, hash and URI
 * @param registeredBy the org that registered it
 * @param registeredAt transaction time
 */
public record Document(RegisterDocumentRequest request, String registeredBy, Instant registeredAt) {
}
