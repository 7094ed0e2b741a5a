package org.greenledger.chaincode.contract.movement;

import java.util.List;
import java.util.Optional;
import org.greenledger.chaincode.api.carbon.BlockRef;
import org.greenledger.chaincode.api.carbon.BlockStatus;
import org.greenledger.chaincode.api.carbon.CreditBlock;
import org.greenledger.chaincode.api.carbon.SerialRange;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.compliance.AssetRules;
import org.greenledger.chaincode.contract.governance.KeyEndorsement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * The blocks that hold carbon credit serials. Active blocks are keyed by holder, project, vintage
 * and first serial, so a holder's operations on different blocks touch different keys; each
 * carries the holder's custodian (the registry, for the buffer pool) in its key-level endorsement
 * policy. Retired and cancelled serials are kept under the project, never to move.
 *
 * <p>Anyone reads; only {@link MovementCore} writes (the writers are package-private).
 */
public final class CreditBlocks {
    private static final String ACTIVE = "creditBlock";
    private static final String RETIRED = "retiredCredits";
    private static final String CANCELLED = "cancelledCredits";

    private final Ledger ledger;

    public CreditBlocks(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<CreditBlock> active(BlockRef ref) {
        return ledger.read(activeKey(ref.holderAccountId(), ref.projectId(), ref.vintage(),
                SerialRange.keyOf(ref.firstSerial())), CreditBlock.class);
    }

    /** The retired or cancelled serials that started at {@code ref}'s first serial, if any. */
    public Optional<CreditBlock> ended(BlockRef ref) {
        String vintage = Integer.toString(ref.vintage());
        String first = SerialRange.keyOf(ref.firstSerial());
        Optional<CreditBlock> retired = ledger.read(ledger.key(RETIRED, ref.projectId(), vintage, first), CreditBlock.class);
        return retired.isPresent() ? retired
                : ledger.read(ledger.key(CANCELLED, ref.projectId(), vintage, first), CreditBlock.class);
    }

    /** The holder's active blocks, by project, vintage and serial. */
    public List<CreditBlock> held(String holderAccountId) {
        return ledger.readAll(ACTIVE, CreditBlock.class, holderAccountId);
    }

    public List<CreditBlock> cancelled(String projectId) {
        return ledger.readAll(CANCELLED, CreditBlock.class, projectId);
    }

    /** Writes an active block; {@code credits} names the registry that guards the buffer pool. */
    void putActive(CreditBlock block, AssetRules credits) {
        String key = keyOf(block);
        ledger.write(key, block);
        String guardian = CreditBlock.BUFFER_POOL.equals(block.holderAccountId()) ? credits.issuerMspId()
                : new AccountBook(ledger).get(block.holderAccountId()).custodianMspId();
        new KeyEndorsement(ledger).require(key, guardian);
    }

    void removeActive(CreditBlock block) {
        ledger.delete(keyOf(block));
    }

    void putEnded(CreditBlock block) {
        String type = block.status() == BlockStatus.RETIRED ? RETIRED : CANCELLED;
        ledger.write(ledger.key(type, block.projectId(), Integer.toString(block.range().vintage()),
                block.range().firstKey()), block);
    }

    private String keyOf(CreditBlock block) {
        return activeKey(block.holderAccountId(), block.projectId(), block.range().vintage(), block.range().firstKey());
    }

    private String activeKey(String holder, String projectId, int vintage, String first) {
        return ledger.key(ACTIVE, holder, projectId, Integer.toString(vintage), first);
    }
}
