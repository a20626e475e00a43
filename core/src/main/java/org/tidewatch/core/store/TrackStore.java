package org.tidewatch.core.store;

/**
 * The store of tracks and identities: one object per open data directory or database. Backends
 * (DuckDB embedded, PostgreSQL later) implement it and run the contract suite {@code
 * TrackStoreContract} from core's test-jar unchanged.
 */
public interface TrackStore extends AutoCloseable {

  IngestRunStore ingest();

  PositionStore positions();

  StaticReportStore staticReports();

  IdentityStore identities();

  EventStore events();

  @Override
  void close();
}
