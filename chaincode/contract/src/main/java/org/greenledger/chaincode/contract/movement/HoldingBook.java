package org.greenledger.chaincode.contract.movement;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.chaincode.api.ErrorCode;
import org.greenledger.chaincode.api.holding.Holding;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.contract.ContractError;
import org.greenledger.chaincode.contract.Sums;
import org.greenledger.chaincode.contract.account.AccountBook;
import org.greenledger.chaincode.contract.governance.KeyEndorsement;
import org.greenledger.chaincode.contract.ledger.Ledger;

/**
 * Holdings kept as lots, like UTXOs: one key per lot, {@code lot/asset/account/id}. Crediting
 * writes a new lot and reads nothing, so any number of transactions can pay the same account
 * without conflicting. Debiting spends lots the client named ({@link
 * org.greenledger.chaincode.api.holding.TransferRequest#fromLots()}) by reading just those keys,
 * so concurrent debits of one holder that name different lots touch different keys and all
 * commit; without names, or if the named lots are gone or too small, it reads the whole holding
 * (a range read, which any concurrent change to the holder's lots invalidates). The change goes
 * back as a new lot. No key is shared between holders, and there is no balance counter.
 *
 * <p>A mint is {@link #fund funded} as {@value #FUNDING_LOTS} lots: the treasury or omnibus account
 * it fills can pay out concurrently from the start.
 *
 * <p>Every lot carries a key-level endorsement policy naming the holder's custodian bank: no
 * lot can be spent, frozen or seized without that bank's peer endorsing the transaction.
 *
 * <p>Anyone reads; only {@link MovementCore} writes (the writers are package-private).
 */
public final class HoldingBook {
    static final int FUNDING_LOTS = 16;
    private static final String LOT = "lot";

    private final Ledger ledger;
    private final AccountBook accounts;
    private final KeyEndorsement endorsement;

    public HoldingBook(Ledger ledger) {
        this.ledger = ledger;
        this.accounts = new AccountBook(ledger);
        this.endorsement = new KeyEndorsement(ledger);
    }

    /** One lot of units. A frozen lot stays with its holder until the regulator releases it. */
    record Lot(long units, boolean frozen) {
    }

    private record KeyedLot(String key, Lot lot) {
    }

    /**
     * Lots read for a debit, and the unfrozen units in them: what the compliance rules look at as
     * the sender's balance. Less than the debit only if the whole holding was read.
     */
    record Draw(String assetId, String accountId, List<KeyedLot> lots, long unfrozenUnits) {
        Holding asHolding() {
            return new Holding(assetId, accountId, unfrozenUnits, 0, lots.size());
        }
    }

    public Holding holding(String assetId, String accountId) {
        return sum(assetId, accountId, lots(assetId, accountId));
    }

    /**
     * The lots a debit of {@code units} takes from: the named lots, read key by key, if they are
     * all there, unfrozen and cover it; else the whole holding. Writes nothing.
     *
     * @param named the sender's lot ids the client chose, or null
     */
    Draw draw(String assetId, String accountId, long units, List<String> named) {
        if (named != null) {
            List<KeyedLot> lots = new ArrayList<>();
            long unfrozen = 0;
            for (String id : named) {
                String key = ledger.key(LOT, assetId, accountId, id);
                Lot lot = ledger.read(key, Lot.class).orElse(null);
                if (lot == null || lot.frozen()) {
                    break;
                }
                lots.add(new KeyedLot(key, lot));
                unfrozen = Sums.add("the named lots", unfrozen, lot.units());
            }
            if (lots.size() == named.size() && unfrozen >= units) {
                return new Draw(assetId, accountId, lots, unfrozen);
            }
        }
        List<KeyedLot> all = lots(assetId, accountId);
        Holding whole = sum(assetId, accountId, all);
        return new Draw(assetId, accountId, all, whole.units() - whole.frozenUnits());
    }

    /** The account's lots, in key order (a read for clients choosing lots to name). */
    public List<HoldingLot> lotsOf(String assetId, String accountId) {
        return lots(assetId, accountId).stream()
                .map(k -> new HoldingLot(ledger.keyPart(k.key(), 2), k.lot().units(), k.lot().frozen())).toList();
    }

    /**
     * Takes {@code units} from the drawn lots. The caller has checked compliance, which includes
     * that the draw's unfrozen units suffice.
     */
    void debit(Draw draw, long units) {
        take(draw.lots(), draw.assetId(), draw.accountId(), units, false);
    }

    /** Pays {@code units} to the account as one new lot. */
    void credit(String assetId, String accountId, long units) {
        writeLot(assetId, accountId, new Lot(units, false));
    }

    /**
     * Pays {@code units} to the account as {@value #FUNDING_LOTS} lots (fewer if there are fewer
     * units), so that concurrent debits of a newly funded account can name different lots.
     */
    void fund(String assetId, String accountId, long units) {
        int pieces = (int) Math.min(FUNDING_LOTS, units);
        long each = units / pieces;
        for (int i = 0; i < pieces; i++) {
            writeLot(assetId, accountId, new Lot(i == 0 ? units - each * (pieces - 1) : each, false));
        }
    }

    /**
     * A chunk of a run over an asset's holders: the next holders after {@code after} (from the
     * first when null), at most {@code max}, in account order, each with every one of its lots;
     * and whether more holders follow. Only {@link MovementCore} can retire what it read.
     */
    public HolderChunk holdersAfter(String assetId, String after, int max) {
        Ledger.Chunk<Lot> chunk = ledger.chunkAfter(LOT, Lot.class, after, max, assetId);
        List<Holding> holders = new ArrayList<>();
        List<String> lotKeys = new ArrayList<>();
        chunk.groups().forEach((account, keyed) -> {
            List<KeyedLot> lots = keyed.stream().map(k -> new KeyedLot(k.key(), k.record())).toList();
            holders.add(sum(assetId, account, lots));
            lots.forEach(lot -> lotKeys.add(lot.key()));
        });
        return new HolderChunk(holders, lotKeys, chunk.more());
    }

    /** Holders read by {@link #holdersAfter}, with the keys of their lots. */
    public static final class HolderChunk {
        private final List<Holding> holders;
        private final List<String> lotKeys;
        private final boolean more;

        private HolderChunk(List<Holding> holders, List<String> lotKeys, boolean more) {
            this.holders = List.copyOf(holders);
            this.lotKeys = List.copyOf(lotKeys);
            this.more = more;
        }

        /** The holders, in account order, each with a positive holding. */
        public List<Holding> holders() {
            return holders;
        }

        /** Whether holders follow the last of this chunk. */
        public boolean more() {
            return more;
        }

        /** The account of the last holder: the run's next cursor (null for an empty chunk). */
        public String last() {
            return holders.isEmpty() ? null : holders.get(holders.size() - 1).accountId();
        }
    }

    /** Removes every lot of the chunk's holders (a redemption retires their units). */
    void retire(HolderChunk chunk) {
        chunk.lotKeys.forEach(ledger::delete);
    }

    /**
     * Takes {@code units} under a court order: frozen lots first (what an order usually targets),
     * then unfrozen ones. The caller checked that the holding covers them.
     */
    void seize(String assetId, String accountId, long units) {
        List<KeyedLot> lots = lots(assetId, accountId);
        long fromFrozen = Math.min(sum(assetId, accountId, lots).frozenUnits(), units);
        if (fromFrozen > 0) {
            take(lots, assetId, accountId, fromFrozen, true);
        }
        if (units > fromFrozen) {
            take(lots, assetId, accountId, units - fromFrozen, false);
        }
    }

    /**
     * Moves {@code units} of the holder's unfrozen lots into a frozen lot. Returns the holding
     * afterwards (a transaction cannot read its own writes).
     *
     * @throws ContractError INSUFFICIENT_UNITS if fewer units are unfrozen
     */
    Holding freeze(String assetId, String accountId, long units) {
        List<KeyedLot> lots = lots(assetId, accountId);
        Holding before = sum(assetId, accountId, lots);
        long unfrozen = before.units() - before.frozenUnits();
        if (unfrozen < units) {
            throw new ContractError(ErrorCode.INSUFFICIENT_UNITS, "account " + accountId + " has " + unfrozen
                    + " unfrozen units of " + assetId + ", not " + units);
        }
        int lotChange = take(lots, assetId, accountId, units, false) + 1;
        writeLot(assetId, accountId, new Lot(units, true));
        return new Holding(assetId, accountId, before.units(), before.frozenUnits() + units, before.lots() + lotChange);
    }

    /**
     * Releases {@code units} of the holder's frozen lots. Returns the holding afterwards.
     *
     * @throws ContractError INVALID_STATE if fewer units are frozen
     */
    Holding unfreeze(String assetId, String accountId, long units) {
        List<KeyedLot> lots = lots(assetId, accountId);
        Holding before = sum(assetId, accountId, lots);
        if (before.frozenUnits() < units) {
            throw new ContractError(ErrorCode.INVALID_STATE, "account " + accountId + " has only "
                    + before.frozenUnits() + " frozen units of " + assetId);
        }
        int lotChange = take(lots, assetId, accountId, units, true) + 1;
        credit(assetId, accountId, units);
        return new Holding(assetId, accountId, before.units(), before.frozenUnits() - units, before.lots() + lotChange);
    }

    private static Holding sum(String assetId, String accountId, List<KeyedLot> lots) {
        long units = 0;
        long frozen = 0;
        for (KeyedLot keyed : lots) {
            units = Sums.add("the holding", units, keyed.lot().units());
            if (keyed.lot().frozen()) {
                frozen = Sums.add("the frozen holding", frozen, keyed.lot().units());
            }
        }
        return new Holding(assetId, accountId, units, frozen, lots.size());
    }

    /**
     * Consumes lots of the given frozenness, from lots already read, in the order read; the change
     * goes back as a lot of the same kind. Returns the change in the number of lots.
     */
    private int take(List<KeyedLot> lots, String assetId, String accountId, long units, boolean frozen) {
        int lotChange = 0;
        long remaining = units;
        for (KeyedLot keyed : lots) {
            if (remaining == 0) {
                break;
            }
            if (keyed.lot().frozen() != frozen) {
                continue;
            }
            ledger.delete(keyed.key());
            lotChange--;
            long taken = Math.min(remaining, keyed.lot().units());
            remaining -= taken;
            if (taken < keyed.lot().units()) {
                writeLot(assetId, accountId, new Lot(keyed.lot().units() - taken, frozen));
                lotChange++;
            }
        }
        if (remaining > 0) {
            throw new IllegalStateException("taking " + units + " was checked but lots fall " + remaining + " short");
        }
        return lotChange;
    }

    private void writeLot(String assetId, String accountId, Lot lot) {
        String key = ledger.key(LOT, assetId, accountId, ledger.newId());
        ledger.write(key, lot);
        endorsement.require(key, accounts.get(accountId).custodianMspId());
    }

    private List<KeyedLot> lots(String assetId, String accountId) {
        List<KeyedLot> lots = new ArrayList<>();
        ledger.readAllKeyed(LOT, Lot.class, assetId, accountId).forEach((key, lot) -> lots.add(new KeyedLot(key, lot)));
        return lots;
    }
}
