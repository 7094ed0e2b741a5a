package org.greenledger.client;

import java.time.Duration;

/**
 * A connection's facades with a deadline on each call ({@link GreenLedger#withDeadline}): the same
 * facades, over the same channels, each method bounded by {@link CallDeadline}. Events and offline
 * signing are the connection's, with its deadline per step. Closing the view does nothing: the
 * connection owns the channels.
 */
final class DeadlineView implements GreenLedger {
    private final GreenLedger connection;
    private final Governance governance;
    private final Accounts accounts;
    private final Bonds bonds;
    private final Compliance compliance;
    private final Cash cash;
    private final Holdings holdings;
    private final Trades trades;
    private final Proceeds proceeds;
    private final Impact impact;
    private final Documents documents;
    private final History history;
    private final CarbonProjects carbonProjects;
    private final Credits credits;

    DeadlineView(GreenLedger connection, Duration perCall) {
        this.connection = connection;
        this.governance = CallDeadline.bound(Governance.class, connection.governance(), perCall);
        this.accounts = CallDeadline.bound(Accounts.class, connection.accounts(), perCall);
        this.bonds = CallDeadline.bound(Bonds.class, connection.bonds(), perCall);
        this.compliance = CallDeadline.bound(Compliance.class, connection.compliance(), perCall);
        this.cash = CallDeadline.bound(Cash.class, connection.cash(), perCall);
        this.holdings = CallDeadline.bound(Holdings.class, connection.holdings(), perCall);
        this.trades = CallDeadline.bound(Trades.class, connection.trades(), perCall);
        this.proceeds = CallDeadline.bound(Proceeds.class, connection.proceeds(), perCall);
        this.impact = CallDeadline.bound(Impact.class, connection.impact(), perCall);
        this.documents = CallDeadline.bound(Documents.class, connection.documents(), perCall);
        this.history = CallDeadline.bound(History.class, connection.history(), perCall);
        this.carbonProjects = CallDeadline.bound(CarbonProjects.class, connection.carbonProjects(), perCall);
        this.credits = CallDeadline.bound(Credits.class, connection.credits(), perCall);
    }

    @Override
    public GreenLedger withDeadline(Duration deadline) {
        return new DeadlineView(connection, deadline);
    }

    @Override
    public Governance governance() {
        return governance;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public Bonds bonds() {
        return bonds;
    }

    @Override
    public Compliance compliance() {
        return compliance;
    }

    @Override
    public Cash cash() {
        return cash;
    }

    @Override
    public Holdings holdings() {
        return holdings;
    }

    @Override
    public Trades trades() {
        return trades;
    }

    @Override
    public Proceeds proceeds() {
        return proceeds;
    }

    @Override
    public Impact impact() {
        return impact;
    }

    @Override
    public Documents documents() {
        return documents;
    }

    @Override
    public History history() {
        return history;
    }

    @Override
    public CarbonProjects carbonProjects() {
        return carbonProjects;
    }

    @Override
    public Credits credits() {
        return credits;
    }

    @Override
    public Events events() {
        return connection.events();
    }

    @Override
    public OfflineSigning offline() {
        return connection.offline();
    }

    @Override
    public long blockHeight() {
        return connection.blockHeight();
    }

    @Override
    public String mspId() {
        return connection.mspId();
    }

    /** Does nothing: the connection the view was made from owns the channels. */
    @Override
    public void close() {
        // the connection closes the channels
    }
}
