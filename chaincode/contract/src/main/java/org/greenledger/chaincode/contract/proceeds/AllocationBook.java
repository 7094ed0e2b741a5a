package org.greenledger.chaincode.contract.proceeds;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.SortedMap;
import org.greenledger.chaincode.api.proceeds.Allocation;
import org.greenledger.chaincode.api.proceeds.AllocationFlag;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.governance.KeyEndorsement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Allocations of bond proceeds, one key each under the bond, with an index under the project
 * (what finances a project, across bonds), and the verifier's flags on them in keys of their own
 * that only a majority including the verifier can change: an issuer cannot lift a flag.
 */
public final class AllocationBook {
    private static final String ALLOCATION = "allocation";
    private static final String BY_PROJECT = "allocationByProject";
    private static final String FLAG = "allocationFlag";

    private final Ledger ledger;

    public AllocationBook(Ledger ledger) {
        this.ledger = ledger;
    }

    public Optional<Allocation> find(String bondId, String allocationId) {
        return ledger.read(ledger.key(ALLOCATION, bondId, allocationId), Allocation.class);
    }

    public Allocation get(String bondId, String allocationId) {
        return find(bondId, allocationId).orElseThrow(() -> ContractError.notFound("allocation", allocationId));
    }

    /** Every allocation of the bond, in allocation id order. */
    public List<Allocation> ofBond(String bondId) {
        return ledger.readAll(ALLOCATION, Allocation.class, bondId);
    }

    /** Every allocation to the project, from any bond, in bond then allocation id order. */
    public List<Allocation> ofProject(String projectId) {
        return ledger.readAll(BY_PROJECT, Allocation.class, projectId);
    }

    /** Outstanding allocations of the bond. */
    public long allocatedMinor(String bondId) {
        return ofBond(bondId).stream().mapToLong(Allocation::outstandingMinor).reduce(0, Math::addExact);
    }

    /** What the bond has outstanding in each project it finances, in project id order. */
    public SortedMap<String, Long> outstandingByProject(String bondId) {
        SortedMap<String, Long> byProject = new TreeMap<>();
        for (Allocation a : ofBond(bondId)) {
            if (a.outstandingMinor() > 0) {
                byProject.merge(a.projectId(), a.outstandingMinor(), Math::addExact);
            }
        }
        return byProject;
    }

    /** Outstanding allocations to the project, from every bond. */
    public long financedMinor(String projectId) {
        return ofProject(projectId).stream().mapToLong(Allocation::outstandingMinor).reduce(0, Math::addExact);
    }

    public void save(Allocation allocation) {
        String bondId = allocation.request().bondId();
        ledger.write(ledger.key(ALLOCATION, bondId, allocation.allocationId()), allocation);
        ledger.write(ledger.key(BY_PROJECT, allocation.projectId(), bondId, allocation.allocationId()), allocation);
    }

    public Optional<AllocationFlag> flag(String bondId, String allocationId) {
        return ledger.read(ledger.key(FLAG, bondId, allocationId), AllocationFlag.class);
    }

    public List<AllocationFlag> flags(String bondId) {
        return ledger.readAll(FLAG, AllocationFlag.class, bondId);
    }

    public void saveFlag(AllocationFlag flag) {
        String key = ledger.key(FLAG, flag.bondId(), flag.allocationId());
        ledger.write(key, flag);
        new KeyEndorsement(ledger).require(key, flag.verifierMspId());
    }

    /**
     * The open flags on allocations that still hold proceeds: the bond is in breach of its green
     * covenant while there is one. Releasing the flagged proceeds or a clearance by the verifier
     * cures it. A transaction does not read its own writes, so one that just wrote an allocation
     * or a flag passes it in ({@code null} if none).
     */
    public List<AllocationFlag> breaches(String bondId, Allocation written, AllocationFlag flagWritten) {
        Map<String, Allocation> allocations = new TreeMap<>();
        ofBond(bondId).forEach(a -> allocations.put(a.allocationId(), a));
        Map<String, AllocationFlag> flags = new TreeMap<>();
        flags(bondId).forEach(f -> flags.put(f.allocationId(), f));
        if (written != null) {
            allocations.put(written.allocationId(), written);
        }
        if (flagWritten != null) {
            flags.put(flagWritten.allocationId(), flagWritten);
        }
        return flags.values().stream().filter(AllocationFlag::open)
                .filter(f -> allocations.get(f.allocationId()).outstandingMinor() > 0)
                .toList();
    }
}
