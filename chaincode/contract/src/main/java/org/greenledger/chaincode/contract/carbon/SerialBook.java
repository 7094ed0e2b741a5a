package org.greenledger.chaincode.contract.carbon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.BlockStatus;
import org.greenledger.chaincode.api.carbon.CarbonProject;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.CreditIssuance;
import org.greenledger.chaincode.api.carbon.ImportCreditsRequest;
import org.greenledger.chaincode.api.carbon.RetirementCertificate;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.governance.KeyEndorsement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Serial numbers and the blocks that hold them. Active blocks are keyed by holder, project,
 * vintage and first serial, so a holder's operations on different blocks touch different keys;
 * each carries the holder's custodian (the registry, for the buffer pool) in its key-level
 * endorsement policy. Retired and cancelled serials are kept under the project, never to move.
 * Serials come from one cursor per project and vintage, which only the registry advances.
 */
final class SerialBook {
    private static final String CURSOR = "serialCursor";
    private static final String ACTIVE = "creditBlock";
    private static final String RETIRED = "retiredCredits";
    private static final String CANCELLED = "cancelledCredits";
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

    Optional<CreditBlock> active(BlockRef ref) {
        return ledger.read(activeKey(ref.holderAccountId(), ref.projectId(), ref.vintage(), serial(ref.firstSerial())),
                CreditBlock.class);
    }

    /** The retired or cancelled serials that started at {@code ref}'s first serial, if any. */
    Optional<CreditBlock> ended(BlockRef ref) {
        String vintage = year(ref.vintage());
        String first = serial(ref.firstSerial());
        Optional<CreditBlock> retired = ledger.read(ledger.key(RETIRED, ref.projectId(), vintage, first), CreditBlock.class);
        return retired.isPresent() ? retired
                : ledger.read(ledger.key(CANCELLED, ref.projectId(), vintage, first), CreditBlock.class);
    }

    /** The holder's active blocks, by project, vintage and serial. */
    List<CreditBlock> held(String holderAccountId) {
        return ledger.readAll(ACTIVE, CreditBlock.class, holderAccountId);
    }

    void putActive(CreditBlock block, CarbonProject project) {
        String key = keyOf(block);
        ledger.write(key, block);
        String guardian = CreditBlock.BUFFER_POOL.equals(block.holderAccountId()) ? project.registeredBy()
                : new AccountBook(ledger).get(block.holderAccountId()).custodianMspId();
        new KeyEndorsement(ledger).require(key, guardian);
    }

    void removeActive(CreditBlock block) {
        ledger.delete(keyOf(block));
    }

    void putEnded(CreditBlock block) {
        String type = block.status() == BlockStatus.RETIRED ? RETIRED : CANCELLED;
        ledger.write(ledger.key(type, block.projectId(), year(block.range().vintage()), block.range().firstKey()), block);
    }

    List<CreditBlock> cancelled(String projectId) {
        return ledger.readAll(CANCELLED, CreditBlock.class, projectId);
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

    private String keyOf(CreditBlock block) {
        return activeKey(block.holderAccountId(), block.projectId(), block.range().vintage(), block.range().firstKey());
    }

    private String activeKey(String holder, String projectId, int vintage, String first) {
        return ledger.key(ACTIVE, holder, projectId, year(vintage), first);
    }

    private static String year(int vintage) {
        return Integer.toString(vintage);
    }

    private static String serial(long serial) {
        return String.format(Locale.ROOT, "%09d", serial);
    }
}
