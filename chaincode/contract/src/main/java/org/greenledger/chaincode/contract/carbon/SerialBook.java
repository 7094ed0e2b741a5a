package org.greenledger.chaincode.contract.carbon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Serial numbers and the records of where they came from: one cursor per project and vintage,
 * which only the registry advances; issuances and imports; retirement certificates and the bond
 * claims they carry. The blocks that hold the serials are {@code movement.CreditBlocks}.
 */
final class SerialBook {
    private static final String CURSOR = "serialCursor";
    private static final String ISSUANCE = "creditIssuance";
    private static final String ISSUANCE_OF_REPORT = "issuanceOfReport";
    private static final String EXTERNAL_RANGE = "externalRange";
    private static final String CERTIFICATE = "retirement";
    private static final String CERTIFICATE_BY_PROJECT = "retirementByProject";
    private static final String CLAIM_BY_BOND = "claimByBond";

    private final Ledger ledger;

    SerialBook(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The next unused serial of the project's vintage (from 1). */
    long nextSerial(String projectId, int vintage) {
        return ledger.read(ledger.key(CURSOR, projectId, year(vintage)), Long.class).orElse(1L);
    }

    void useSerialsUpTo(String projectId, int vintage, long last) {
        ledger.write(ledger.key(CURSOR, projectId, year(vintage)), last + 1);
    }

    void putIssuance(CreditIssuance issuance, String reportId) {
        ledger.write(ledger.key(ISSUANCE, issuance.projectId(), year(issuance.range().vintage()),
                issuance.range().firstKey()), issuance);
        // An import is found again through its request id (Replays); an issuance through its report.
        if (reportId != null) {
            ledger.write(ledger.key(ISSUANCE_OF_REPORT, issuance.projectId(), reportId), issuance);
        }
    }

    Optional<CreditIssuance> issuanceOfReport(String projectId, String reportId) {
        return ledger.read(ledger.key(ISSUANCE_OF_REPORT, projectId, reportId), CreditIssuance.class);
    }

    /** The project's issuances and imports, by vintage and serial. */
    List<CreditIssuance> issuances(String projectId) {
        return ledger.readAll(ISSUANCE, CreditIssuance.class, projectId);
    }

    /** Every external range imported before from {@code registry}'s project {@code externalProjectRef}. */
    List<ImportCreditsRequest> importedRanges(String registry, String externalProjectRef) {
        return ledger.readAll(EXTERNAL_RANGE, ImportCreditsRequest.class, registry, externalProjectRef);
    }

    void putImportedRange(ImportCreditsRequest request) {
        ledger.write(ledger.key(EXTERNAL_RANGE, request.externalRegistry(), request.externalProjectRef(),
                String.format(Locale.ROOT, "%019d", request.externalFirst())), request);
    }

    Optional<RetirementCertificate> certificate(String retirementId) {
        return ledger.read(ledger.key(CERTIFICATE, retirementId), RetirementCertificate.class);
    }

    void putCertificate(RetirementCertificate certificate) {
        ledger.write(ledger.key(CERTIFICATE, certificate.retirementId()), certificate);
        ledger.write(ledger.key(CERTIFICATE_BY_PROJECT, certificate.range().projectId(), certificate.retirementId()),
                certificate);
        if (certificate.bondId() != null) {
            ledger.write(ledger.key(CLAIM_BY_BOND, certificate.bondId(), certificate.range().projectId(),
                    certificate.retirementId()), certificate);
        }
    }

    List<RetirementCertificate> certificatesOf(String projectId) {
        return ledger.readAll(CERTIFICATE_BY_PROJECT, RetirementCertificate.class, projectId);
    }

    /** The bond's impact claims, optionally only those on one project. */
    List<RetirementCertificate> claimsOf(String bondId, String... projectId) {
        String[] parts = new String[projectId.length + 1];
        parts[0] = bondId;
        System.arraycopy(projectId, 0, parts, 1, projectId.length);
        return ledger.readAll(CLAIM_BY_BOND, RetirementCertificate.class, parts);
    }

    private static String year(int vintage) {
        return Integer.toString(vintage);
    }
}
