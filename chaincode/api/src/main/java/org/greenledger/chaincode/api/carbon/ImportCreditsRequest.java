package org.greenledger.chaincode.api.carbon;

import java.util.List;
import org.greenledger.chaincode.api.Check;
import org.greenledger.chaincode.api.GreenLedgerError;
import org.greenledger.chaincode.api.Idempotent;

/**
 * The registry brings credits in from an external registry, where they were cancelled for
 * export. The external range is named, and no part of it can ever be imported again.
 *
 * @param importId              client-chosen id; also the request id
 * @param projectId             the registered project on this ledger the credits come from
 * @param vintage               their vintage
 * @param externalRegistry      the registry they come from (for example VERRA)
 * @param externalProjectRef    the project's id there
 * @param externalFirst         first serial number there
 * @param externalLast          last serial number there
 * @param cancellationHash      SHA-256 of the external registry's cancellation record
 * @param toAccountId           who receives them here
 * @param labels                labels they carry
 * @param letterOfAuthorization Article 6 letter reference, or null
 */
public record ImportCreditsRequest(String importId, String projectId, int vintage, String externalRegistry,
        String externalProjectRef, long externalFirst, long externalLast, String cancellationHash, String toAccountId,
        List<CreditLabel> labels, String letterOfAuthorization) implements Idempotent {
    public ImportCreditsRequest {
        Check.matches("importId", importId, Check.ID);
        Check.matches("projectId", projectId, Check.ID);
        SerialRange.checkVintage("vintage", vintage);
        Check.matches("externalRegistry", externalRegistry, Check.ID);
        Check.matches("externalProjectRef", externalProjectRef, Check.ID);
        if (externalFirst < 0 || externalLast < externalFirst || externalLast - externalFirst >= SerialRange.MAX_SERIAL) {
            throw GreenLedgerError.invalid("externalLast", "must satisfy 0 <= externalFirst <= externalLast, at most "
                    + SerialRange.MAX_SERIAL + " serials");
        }
        Check.matches("cancellationHash", cancellationHash, Check.SHA256_HEX);
        Check.matches("toAccountId", toAccountId, Check.ID);
        labels = CreditLabels.of(labels, letterOfAuthorization);
        Article6.of(letterOfAuthorization);
    }

    public long quantity() {
        return externalLast - externalFirst + 1;
    }
}
