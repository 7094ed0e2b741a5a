package org.greenledger.client;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.greenledger.chaincode.api.holding.HoldingLot;
import org.greenledger.chaincode.api.holding.TransferRequest;

/**
 * Chooses which of the sender's lots a transfer names ({@link TransferRequest#fromLots()}), so that
 * transfers from one account that this connection has in flight at the same time spend different
 * lots and do not conflict on the ledger. Per account it keeps the lots it last read, which of
 * them are reserved by a transfer in flight, and how many transfers are in flight:
 * <ul>
 * <li>a free lot (or a few) covering the units is reserved for the transfer;</li>
 * <li>if none is free while other transfers from the account are in flight, the transfer waits
 *     for one of them to finish and reads the lots again (the finished one's change is a new lot);</li>
 * <li>if none is free and nothing is in flight, the transfer names no lots: the ledger chooses,
 *     and nothing of this connection's competes with it.</li>
 * </ul>
 * The names are a hint: lots spent meanwhile by someone else only make the ledger read the whole
 * holding, so a stale choice never makes a transfer fail or pass wrongly.
 */
final class LotPicker {
    /** How long a transfer waits for a lot of its account to come free before it names none. */
    private static final long WAIT_MILLIS = 30_000;
    /** Accounts remembered; the least recently used is forgotten beyond this. */
    private static final int ACCOUNTS = 10_000;

    private final BiFunction<String, String, List<HoldingLot>> readLots;
    private final Map<String, Account> accounts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Account> eldest) {
            return size() > ACCOUNTS && eldest.getValue().inFlight == 0;
        }
    };

    /** @param readLots reads an account's lots of an asset from the ledger (asset id, account id) */
    LotPicker(BiFunction<String, String, List<HoldingLot>> readLots) {
        this.readLots = readLots;
    }

    /** What this connection knows of one account's lots of one asset. */
    private static final class Account {
        /** Unfrozen lots not reserved, by id; null until read. */
        Map<String, Long> free;
        /** The lots could not be read: transfers name none and do not wait for each other. */
        boolean unreadable;
        final Set<String> reserved = new HashSet<>();
        int inFlight;
    }

    /** A transfer to send: the request, naming the lots reserved for it if any. */
    record Reserved(TransferRequest request, boolean counted) {
    }

    /**
     * Reserves lots for {@code request} and returns it naming them, or unchanged if it names lots
     * already (the caller chose) or none can be chosen. Pass what it returns to {@link #done}.
     */
    Reserved reserve(TransferRequest request) {
        if (request.fromLots() != null) {
            return new Reserved(request, false);
        }
        Account account = account(request);
        synchronized (account) {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            boolean reread = account.free == null;
            while (true) {
                if (reread) {
                    read(request, account);
                }
                if (account.unreadable) {
                    return new Reserved(request, false);
                }
                List<String> picked = pick(account.free, request.units());
                if (picked != null) {
                    picked.forEach(account.free::remove);
                    account.reserved.addAll(picked);
                    account.inFlight++;
                    return new Reserved(request.withLots(picked), true);
                }
                long left = deadline - System.currentTimeMillis();
                if (account.inFlight == 0 || left <= 0) {
                    account.inFlight++;
                    return new Reserved(request, true);
                }
                try {
                    account.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new GreenLedgerException("interrupted while waiting for a lot of " + request.fromAccountId(), e);
                }
                reread = true;
            }
        }
    }

    /**
     * The transfer is over (committed or not): its lots are no longer reserved. The lots it named
     * are forgotten (spent, or spent by whoever it lost to); after one that named none, all are.
     */
    void done(Reserved reserved) {
        if (!reserved.counted()) {
            return;
        }
        TransferRequest sent = reserved.request();
        Account account = account(sent);
        synchronized (account) {
            account.inFlight--;
            if (sent.fromLots() != null) {
                sent.fromLots().forEach(account.reserved::remove);
            } else {
                account.free = null;
            }
            account.notifyAll();
        }
    }

    private synchronized Account account(TransferRequest request) {
        return accounts.computeIfAbsent(request.assetId() + "/" + request.fromAccountId(), k -> new Account());
    }

    private void read(TransferRequest request, Account account) {
        Map<String, Long> free = new LinkedHashMap<>();
        List<HoldingLot> lots;
        try {
            lots = readLots.apply(request.assetId(), request.fromAccountId());
            account.unreadable = false;
        } catch (GreenLedgerException e) {
            // Lots that cannot be read (a chaincode older than GetLots, or an account this caller
            // may not see: its transfer then fails with that reason) are not named, and the
            // account's transfers go out as they come, as before lots were named.
            account.unreadable = true;
            lots = List.of();
        }
        for (HoldingLot lot : lots) {
            if (!lot.frozen() && !account.reserved.contains(lot.lotId())) {
                free.put(lot.lotId(), lot.units());
            }
        }
        account.free = free;
    }

    /**
     * The smallest free lot that covers the units, keeping larger ones for larger transfers; else
     * the largest lots until they cover them, at most {@link TransferRequest#MAX_LOTS}; else null.
     */
    private static List<String> pick(Map<String, Long> free, long units) {
        List<Map.Entry<String, Long>> bySize = new ArrayList<>(free.entrySet());
        bySize.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, Long> lot : bySize) {
            if (lot.getValue() >= units) {
                return List.of(lot.getKey());
            }
        }
        bySize.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        List<String> picked = new ArrayList<>();
        long covered = 0;
        for (Map.Entry<String, Long> lot : bySize) {
            if (picked.size() == TransferRequest.MAX_LOTS) {
                break;
            }
            picked.add(lot.getKey());
            covered += lot.getValue();
            if (covered >= units) {
                return picked;
            }
        }
        return null;
    }
}
